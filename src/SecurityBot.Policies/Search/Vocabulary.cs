using System.Numerics;

namespace SecurityBot.Policies.Search;

/// <summary>
/// The words the library actually uses (as written, not stemmed, so suggestions read naturally), grouped by length
/// so a typo is only compared with words that could be within reach, and with a letter-set filter so most of those
/// are rejected before any edit distance is computed.
/// </summary>
internal sealed class Vocabulary
{
    private readonly Dictionary<string, int> _frequency;
    private readonly Bucket[] _byLength;
    private readonly string[] _sorted;

    public Vocabulary(IReadOnlyDictionary<string, int> wordFrequency)
    {
        _frequency = new Dictionary<string, int>(wordFrequency, StringComparer.Ordinal);
        _sorted = _frequency.Keys.Order(StringComparer.Ordinal).ToArray();
        _byLength = Enumerable.Range(0, Tokenizer.MaxWordLength + 1)
            .Select(length =>
            {
                var words = _sorted.Where(w => w.Length == length).ToArray();
                return new Bucket(words, words.Select(LetterSet).ToArray());
            })
            .ToArray();
    }

    public int Count => _frequency.Count;

    public bool Contains(string word) => _frequency.ContainsKey(word);

    /// <summary>How far a word of this length may be from a vocabulary word to be read as a typo of it.</summary>
    public static int TypoAllowance(string word) => word.Length switch
    {
        < 4 => 0,
        < 8 => 1,
        _ => 2,
    };

    /// <summary>The closest word within <paramref name="maxEdits"/>; ties go to the more frequent word.</summary>
    public string? Closest(string word, int maxEdits)
    {
        string? best = null;
        var bestDistance = maxEdits + 1;
        var bestFrequency = -1;
        foreach (var candidate in Candidates(word, maxEdits))
        {
            var distance = EditDistance.Bounded(word, candidate, Math.Min(maxEdits, bestDistance));
            var frequency = _frequency[candidate];
            if (distance < bestDistance || (distance == bestDistance && distance <= maxEdits && frequency > bestFrequency))
            {
                best = candidate;
                bestDistance = distance;
                bestFrequency = frequency;
            }
        }

        return bestDistance <= maxEdits ? best : null;
    }

    /// <summary>"Did you mean" words: close spellings and completions of a prefix, most frequent first.</summary>
    public IEnumerable<string> Suggest(string word, int maxEdits, int limit)
    {
        var found = new List<(string Word, int Distance, int Frequency)>();
        foreach (var candidate in Candidates(word, maxEdits))
        {
            var distance = EditDistance.Bounded(word, candidate, maxEdits);
            if (distance is > 0 && distance <= maxEdits)
            {
                found.Add((candidate, distance, _frequency[candidate]));
            }
        }

        if (word.Length >= 3)
        {
            found.AddRange(Completions(word).Select(w => (w, maxEdits + 1, _frequency[w])));
        }

        return found
            .OrderBy(f => f.Distance)
            .ThenByDescending(f => f.Frequency)
            .ThenBy(f => f.Word, StringComparer.Ordinal)
            .Select(f => f.Word)
            .Distinct(StringComparer.Ordinal)
            .Take(limit);
    }

    /// <summary>Longer words starting with <paramref name="prefix"/>: a binary search into the sorted word list.</summary>
    private IEnumerable<string> Completions(string prefix)
    {
        var index = Array.BinarySearch(_sorted, prefix, StringComparer.Ordinal);
        for (var i = index < 0 ? ~index : index + 1; i < _sorted.Length && _sorted[i].StartsWith(prefix, StringComparison.Ordinal); i++)
        {
            yield return _sorted[i];
        }
    }

    /// <summary>
    /// Words whose length and letters allow an edit distance within <paramref name="maxEdits"/>: each edit adds or
    /// removes at most one distinct letter on each side, so more differing letters than that rules a word out.
    /// </summary>
    private IEnumerable<string> Candidates(string word, int maxEdits)
    {
        var letters = LetterSet(word);
        var from = Math.Max(1, word.Length - maxEdits);
        var to = Math.Min(_byLength.Length - 1, word.Length + maxEdits);
        for (var length = from; length <= to; length++)
        {
            var bucket = _byLength[length];
            for (var i = 0; i < bucket.Words.Length; i++)
            {
                var other = bucket.Letters[i];
                if (BitOperations.PopCount(letters & ~other) <= maxEdits && BitOperations.PopCount(other & ~letters) <= maxEdits)
                {
                    yield return bucket.Words[i];
                }
            }
        }
    }

    /// <summary>One bit per character code modulo 64: a-z get distinct bits; digits and other characters share bits, which only weakens the filter.</summary>
    private static ulong LetterSet(string word)
    {
        var set = 0UL;
        foreach (var c in word)
        {
            set |= 1UL << (c % 64);
        }

        return set;
    }

    private sealed record Bucket(string[] Words, ulong[] Letters);
}

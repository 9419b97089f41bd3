namespace SecurityBot.Infrastructure.Policies.Search;

/// <summary>
/// The words the library actually uses (as written, not stemmed, so suggestions read naturally), grouped by length
/// so a typo is only compared with words that could be within reach.
/// </summary>
public sealed class Vocabulary
{
    private readonly Dictionary<string, int> _frequency;
    private readonly string[][] _byLength;

    public Vocabulary(IReadOnlyDictionary<string, int> wordFrequency)
    {
        _frequency = new Dictionary<string, int>(wordFrequency, StringComparer.Ordinal);
        _byLength = Enumerable.Range(0, Tokenizer.MaxWordLength + 1)
            .Select(length => _frequency.Keys.Where(w => w.Length == length).OrderBy(w => w, StringComparer.Ordinal).ToArray())
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
            for (var length = word.Length + 1; length < _byLength.Length; length++)
            {
                found.AddRange(_byLength[length]
                    .Where(w => w.StartsWith(word, StringComparison.Ordinal))
                    .Select(w => (w, maxEdits + 1, _frequency[w])));
            }
        }

        return found
            .OrderBy(f => f.Distance)
            .ThenByDescending(f => f.Frequency)
            .ThenBy(f => f.Word, StringComparer.Ordinal)
            .Select(f => f.Word)
            .Distinct(StringComparer.Ordinal)
            .Take(limit);
    }

    private IEnumerable<string> Candidates(string word, int maxEdits)
    {
        var from = Math.Max(1, word.Length - maxEdits);
        var to = Math.Min(_byLength.Length - 1, word.Length + maxEdits);
        for (var length = from; length <= to; length++)
        {
            foreach (var candidate in _byLength[length])
            {
                yield return candidate;
            }
        }
    }
}

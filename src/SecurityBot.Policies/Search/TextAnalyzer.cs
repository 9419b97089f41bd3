using System.Collections.Concurrent;

namespace SecurityBot.Policies.Search;

/// <summary>
/// Turns text into the terms the index compares: words minus stop words, stemmed, plus synonym concept terms.
/// Policies and questions go through the same analyzer so they meet on the same terms.
/// </summary>
internal sealed class TextAnalyzer(SynonymTable synonyms)
{
    /// <summary>The cache keeps index builds fast; the cap stops a stream of odd questions from growing it forever.</summary>
    private const int StemCacheCap = 200_000;

    private readonly ConcurrentDictionary<string, string> _stemCache = new(StringComparer.Ordinal);

    public static TextAnalyzer Default { get; } = new(SynonymTable.Default);

    public SynonymTable Synonyms { get; } = synonyms;

    public string Stem(string word)
    {
        if (_stemCache.TryGetValue(word, out var stem))
        {
            return stem;
        }

        stem = EnglishStemmer.Stem(word);
        if (_stemCache.Count < StemCacheCap)
        {
            _stemCache.TryAdd(word, stem);
        }

        return stem;
    }

    /// <summary>Non-stop words of <paramref name="text"/> with their stems, at most <paramref name="maxWords"/>.</summary>
    public List<AnalyzedWord> Words(string? text, int maxWords = int.MaxValue)
    {
        var tokens = Tokenizer.Tokenize(text);
        var words = new List<AnalyzedWord>(tokens.Count);
        foreach (var token in tokens)
        {
            if (words.Count >= maxWords)
            {
                break;
            }

            if (!StopWords.Contains(token.Word))
            {
                words.Add(new AnalyzedWord(token, Stem(token.Word)));
            }
        }

        return words;
    }

    /// <summary>All terms of the text: one per word (its stem) plus one per synonym phrase found.</summary>
    public IEnumerable<string> Terms(string? text)
    {
        var words = Words(text);
        foreach (var word in words)
        {
            yield return word.Stem;
        }

        foreach (var match in Synonyms.Match(words))
        {
            yield return match.ConceptTerm;
        }
    }
}

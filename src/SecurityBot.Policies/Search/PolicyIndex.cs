using System.Buffers;

namespace SecurityBot.Policies.Search;

/// <summary>
/// An immutable in-memory BM25F index over policy sections. Built once per library load and swapped whole, so
/// searches never see a half-built index and need no locks.
/// </summary>
internal sealed class PolicyIndex : IPolicySearch
{
    /// <summary>Questions are short; anything longer is cut before analysis so a pasted document costs no more than a question.</summary>
    public const int MaxQueryChars = 500;

    public const int MaxQueryWords = 32;

    public const int MaxResults = 50;

    private readonly IndexedSection[] _sections;
    private readonly Dictionary<string, Posting[]> _postings;
    private readonly Vocabulary _vocabulary;
    private readonly string[] _topics;
    private readonly TextAnalyzer _analyzer;
    private readonly Bm25Settings _settings;
    private readonly ExcerptBuilder _excerpts;

    private PolicyIndex(
        IndexedSection[] sections,
        Dictionary<string, Posting[]> postings,
        Vocabulary vocabulary,
        string[] topics,
        TextAnalyzer analyzer,
        Bm25Settings settings)
    {
        _sections = sections;
        _postings = postings;
        _vocabulary = vocabulary;
        _topics = topics;
        _analyzer = analyzer;
        _settings = settings;
        _excerpts = new ExcerptBuilder(analyzer);
    }

    public static PolicyIndex Empty { get; } = Build([]);

    public int SectionCount => _sections.Length;

    public int TermCount => _postings.Count;

    public static PolicyIndex Build(IEnumerable<Policy> policies, TextAnalyzer? analyzer = null, Bm25Settings? settings = null)
    {
        var builder = new PolicyIndexBuilder(analyzer ?? TextAnalyzer.Default, settings ?? Bm25Settings.Default);
        foreach (var policy in policies)
        {
            builder.Add(policy);
        }

        var (sections, postings, vocabulary, topics) = builder.Complete();
        return new PolicyIndex(sections, postings, vocabulary, topics, builder.Analyzer, builder.Settings);
    }

    public PolicySearchResult Search(string question, int top = 3)
    {
        question ??= string.Empty;
        var bounded = Bound(question);
        top = Math.Clamp(top, 1, MaxResults);

        var words = _analyzer.Words(bounded, MaxQueryWords);
        var originals = words.Select(w => w.Token.Word).ToArray();
        var corrections = CorrectTypos(words, out var corrected);
        var weights = new Dictionary<string, float>(StringComparer.Ordinal);
        for (var i = 0; i < words.Count; i++)
        {
            AddWeight(weights, words[i].Stem, corrected.Contains(i) ? _settings.CorrectionWeight : 1f);
        }

        foreach (var match in _analyzer.Synonyms.Match(words))
        {
            AddWeight(weights, match.ConceptTerm, _settings.SynonymWeight);
        }

        var ranked = Rank(weights, top);
        if (ranked.Count == 0)
        {
            return PolicySearchResult.Empty(bounded, Suggest(originals));
        }

        var highlightTerms = weights.Keys.ToHashSet(StringComparer.Ordinal);
        var hits = ranked
            .Select(r => new PolicySearchHit(
                _sections[r.Section].Policy,
                _sections[r.Section].Section,
                Math.Round(r.Score, 4),
                _excerpts.Build(_sections[r.Section].Section.Text, highlightTerms)))
            .ToArray();
        return new PolicySearchResult(bounded, hits, corrections, []);
    }

    /// <summary>Cuts a long question at <see cref="MaxQueryChars"/> without splitting a surrogate pair.</summary>
    private static string Bound(string question)
    {
        if (question.Length <= MaxQueryChars)
        {
            return question;
        }

        var length = char.IsHighSurrogate(question[MaxQueryChars - 1]) ? MaxQueryChars - 1 : MaxQueryChars;
        return question[..length];
    }

    private static void AddWeight(Dictionary<string, float> weights, string term, float weight)
    {
        // The strongest reading of a term wins; repeating a word ("usb usb usb") does not multiply its weight.
        weights[term] = weights.TryGetValue(term, out var existing) ? Math.Max(existing, weight) : weight;
    }

    private List<TermCorrection> CorrectTypos(List<AnalyzedWord> words, out HashSet<int> corrected)
    {
        var corrections = new List<TermCorrection>();
        corrected = [];
        for (var i = 0; i < words.Count; i++)
        {
            var word = words[i];
            if (_postings.ContainsKey(word.Stem) || _analyzer.Synonyms.IsKnownStem(word.Stem) || word.Token.Word.Any(char.IsDigit))
            {
                continue;
            }

            var allowance = Vocabulary.TypoAllowance(word.Token.Word);
            var closest = allowance > 0 ? _vocabulary.Closest(word.Token.Word, allowance) : null;
            if (closest is null)
            {
                continue;
            }

            words[i] = new AnalyzedWord(word.Token with { Word = closest }, _analyzer.Stem(closest));
            corrected.Add(i);
            corrections.Add(new TermCorrection(word.Token.Word, closest));
        }

        return corrections;
    }

    private List<(int Section, double Score)> Rank(Dictionary<string, float> weights, int top)
    {
        var results = new List<(int Section, double Score)>(top + 1);
        if (_sections.Length == 0)
        {
            return results;
        }

        var scores = ArrayPool<float>.Shared.Rent(_sections.Length);
        try
        {
            Array.Clear(scores, 0, _sections.Length);
            var k1 = _settings.K1;
            foreach (var (term, weight) in weights)
            {
                if (!_postings.TryGetValue(term, out var postings))
                {
                    continue;
                }

                var idf = (float)Math.Log(1 + ((_sections.Length - postings.Length + 0.5) / (postings.Length + 0.5)));
                foreach (var posting in postings)
                {
                    scores[posting.Section] += weight * idf * posting.Frequency * (k1 + 1) / (posting.Frequency + k1);
                }
            }

            for (var s = 0; s < _sections.Length; s++)
            {
                if (scores[s] <= 0)
                {
                    continue;
                }

                if (results.Count == top && scores[s] <= results[^1].Score)
                {
                    continue;
                }

                // Insertion into a short sorted list; equal scores keep document order because earlier sections come first.
                var at = results.Count;
                while (at > 0 && results[at - 1].Score < scores[s])
                {
                    at--;
                }

                results.Insert(at, (s, scores[s]));
                if (results.Count > top)
                {
                    results.RemoveAt(results.Count - 1);
                }
            }

            return results;
        }
        finally
        {
            ArrayPool<float>.Shared.Return(scores);
        }
    }

    private IReadOnlyList<string> Suggest(IEnumerable<string> words)
    {
        var suggestions = words
            .Where(w => w.Length >= 3 && !w.Any(char.IsDigit))
            .SelectMany(w => _vocabulary.Suggest(w, Math.Max(2, Vocabulary.TypoAllowance(w) + 1), 3))
            .Distinct(StringComparer.Ordinal)
            .Take(5)
            .ToArray();
        return suggestions.Length > 0 ? suggestions : _topics;
    }
}

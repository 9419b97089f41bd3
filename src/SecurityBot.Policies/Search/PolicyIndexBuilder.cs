namespace SecurityBot.Policies.Search;

/// <summary>
/// Collects sections and their analysed fields, then computes BM25F frequencies once average field lengths are known.
/// </summary>
internal sealed class PolicyIndexBuilder(TextAnalyzer analyzer, Bm25Settings settings)
{
    private const int TopicCount = 8;

    private readonly List<IndexedSection> _sections = [];
    private readonly List<SectionFields> _fields = [];
    private readonly Dictionary<string, int> _wordFrequency = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int> _tagFrequency = new(StringComparer.Ordinal);

    public TextAnalyzer Analyzer { get; } = analyzer;

    public Bm25Settings Settings { get; } = settings;

    public void Add(Policy policy)
    {
        var title = Analyze(policy.Title + " " + string.Join(' ', policy.Tags));
        foreach (var tag in policy.Tags)
        {
            _tagFrequency[tag] = _tagFrequency.GetValueOrDefault(tag) + 1;
        }

        foreach (var section in policy.Sections)
        {
            var parents = string.Join(' ', Ancestors(policy, section).Select(a => a.Heading));
            _fields.Add(new SectionFields(title, Analyze(parents), Analyze(section.Heading), Analyze(section.Text)));
            _sections.Add(new IndexedSection(policy, section, _sections.Count));
        }
    }

    public (IndexedSection[] Sections, Dictionary<string, Posting[]> Postings, Vocabulary Vocabulary, string[] Topics) Complete()
    {
        var count = Math.Max(1, _fields.Count);
        var averageHeading = Math.Max(1f, _fields.Sum(f => f.Heading.Length) / (float)count);
        var averageBody = Math.Max(1f, _fields.Sum(f => f.Body.Length) / (float)count);

        var postings = new Dictionary<string, List<Posting>>(StringComparer.Ordinal);
        var frequencies = new Dictionary<string, float>(StringComparer.Ordinal);
        for (var s = 0; s < _fields.Count; s++)
        {
            frequencies.Clear();
            var fields = _fields[s];
            AddField(frequencies, fields.Title, Settings.TitleWeight, 1f);
            AddField(frequencies, fields.Parents, Settings.ParentHeadingWeight, 1f);
            AddField(frequencies, fields.Heading, Settings.HeadingWeight, Normaliser(Settings.HeadingB, fields.Heading.Length, averageHeading));
            AddField(frequencies, fields.Body, Settings.BodyWeight, Normaliser(Settings.BodyB, fields.Body.Length, averageBody));
            foreach (var (term, frequency) in frequencies)
            {
                if (!postings.TryGetValue(term, out var list))
                {
                    postings[term] = list = [];
                }

                list.Add(new Posting(s, frequency));
            }
        }

        foreach (var word in Analyzer.Synonyms.SurfaceWords)
        {
            _wordFrequency.TryAdd(word, 0);
        }

        var topics = _tagFrequency
            .OrderByDescending(t => t.Value)
            .ThenBy(t => t.Key, StringComparer.Ordinal)
            .Take(TopicCount)
            .Select(t => t.Key)
            .ToArray();
        return (
            _sections.ToArray(),
            postings.ToDictionary(p => p.Key, p => p.Value.ToArray(), StringComparer.Ordinal),
            new Vocabulary(_wordFrequency),
            topics);
    }

    private static float Normaliser(float b, int length, float average) => 1 - b + (b * length / average);

    private static void AddField(Dictionary<string, float> frequencies, string[] terms, float weight, float normaliser)
    {
        foreach (var term in terms)
        {
            frequencies[term] = frequencies.GetValueOrDefault(term) + (weight / normaliser);
        }
    }

    private static IEnumerable<PolicySection> Ancestors(Policy policy, PolicySection section)
    {
        var number = section.Number;
        for (var dot = number.LastIndexOf('.'); dot > 0; dot = number.LastIndexOf('.'))
        {
            number = number[..dot];
            if (policy.FindSection(number) is { } parent)
            {
                yield return parent;
            }
        }
    }

    private string[] Analyze(string text)
    {
        var words = Analyzer.Words(text);
        foreach (var word in words)
        {
            _wordFrequency[word.Token.Word] = _wordFrequency.GetValueOrDefault(word.Token.Word) + 1;
        }

        var terms = new string[words.Count];
        for (var i = 0; i < words.Count; i++)
        {
            terms[i] = words[i].Stem;
        }

        var concepts = Analyzer.Synonyms.Match(words);
        return concepts.Count == 0 ? terms : [.. terms, .. concepts.Select(c => c.ConceptTerm)];
    }

    private sealed record SectionFields(string[] Title, string[] Parents, string[] Heading, string[] Body);
}

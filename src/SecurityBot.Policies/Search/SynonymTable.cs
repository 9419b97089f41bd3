namespace SecurityBot.Policies.Search;

/// <summary>
/// Groups of words and phrases that mean the same thing to an employee ("usb stick" ~ "removable media").
/// A phrase found in a section or a question adds the group's concept term ("~3"), so a question using one phrase
/// finds sections written with another. Phrases are compared as stems, so "thumb drives" matches "thumb drive".
/// </summary>
internal sealed class SynonymTable
{
    private const string ConceptPrefix = "~";

    private readonly Dictionary<string, List<(string[] Stems, string Concept)>> _phrasesByFirstStem = new(StringComparer.Ordinal);
    private readonly HashSet<string> _knownStems = new(StringComparer.Ordinal);
    private readonly HashSet<string> _surfaceWords = new(StringComparer.Ordinal);

    public SynonymTable(IEnumerable<IReadOnlyList<string>> groups)
    {
        var groupNumber = 0;
        foreach (var group in groups)
        {
            var concept = ConceptPrefix + groupNumber++.ToString(System.Globalization.CultureInfo.InvariantCulture);
            foreach (var phrase in group)
            {
                var words = Tokenizer.Tokenize(phrase).Where(t => !StopWords.Contains(t.Word)).ToArray();
                if (words.Length == 0)
                {
                    continue;
                }

                var stems = words.Select(w => EnglishStemmer.Stem(w.Word)).ToArray();
                if (!_phrasesByFirstStem.TryGetValue(stems[0], out var list))
                {
                    _phrasesByFirstStem[stems[0]] = list = [];
                }

                if (!list.Any(p => p.Concept == concept && p.Stems.SequenceEqual(stems)))
                {
                    list.Add((stems, concept));
                }

                _knownStems.UnionWith(stems);
                _surfaceWords.UnionWith(words.Select(w => w.Word));
            }
        }
    }

    public static SynonymTable Default { get; } = new(DefaultSynonyms.Groups);

    /// <summary>Words that appear in some phrase; a question using them is understood even if no policy uses them.</summary>
    public IReadOnlyCollection<string> SurfaceWords => _surfaceWords;

    public static bool IsConcept(string term) => term.StartsWith(ConceptPrefix, StringComparison.Ordinal);

    public bool IsKnownStem(string stem) => _knownStems.Contains(stem);

    /// <summary>Every phrase occurrence in <paramref name="words"/>; overlapping phrases all count.</summary>
    public List<SynonymMatch> Match(IReadOnlyList<AnalyzedWord> words)
    {
        var matches = new List<SynonymMatch>();
        for (var i = 0; i < words.Count; i++)
        {
            if (!_phrasesByFirstStem.TryGetValue(words[i].Stem, out var candidates))
            {
                continue;
            }

            foreach (var (stems, concept) in candidates)
            {
                if (i + stems.Length > words.Count)
                {
                    continue;
                }

                var all = true;
                for (var k = 1; k < stems.Length && all; k++)
                {
                    all = words[i + k].Stem == stems[k];
                }

                if (all)
                {
                    matches.Add(new SynonymMatch(concept, i, i + stems.Length - 1));
                }
            }
        }

        return matches;
    }
}

using SecurityBot.Policies.Domain;

namespace SecurityBot.Benchmarks.Policies;

/// <summary>
/// The comparison: what a first attempt would do — scan every section for each word of the question as a
/// case-insensitive substring and rank by the number of occurrences. No index, no stemming, no synonyms.
/// </summary>
internal sealed class NaiveSubstringSearch
{
    private readonly (Policy Policy, PolicySection Section, string Text)[] _sections;

    public NaiveSubstringSearch(IEnumerable<Policy> policies)
    {
        _sections = policies
            .SelectMany(p => p.Sections.Select(s => (p, s, (p.Title + " " + s.Heading + " " + s.Text).ToLowerInvariant())))
            .ToArray();
    }

    public IReadOnlyList<(Policy Policy, PolicySection Section)> Search(string question, int top = 3)
    {
        var words = question.ToLowerInvariant()
            .Split([' ', '?', ',', '.', '!', '"', '\'', '(', ')'], StringSplitOptions.RemoveEmptyEntries)
            .Where(w => w.Length >= 3)
            .Distinct()
            .ToArray();
        var scored = new List<(int Index, int Score)>();
        for (var i = 0; i < _sections.Length; i++)
        {
            var score = 0;
            foreach (var word in words)
            {
                for (var at = _sections[i].Text.IndexOf(word, StringComparison.Ordinal); at >= 0;
                     at = _sections[i].Text.IndexOf(word, at + word.Length, StringComparison.Ordinal))
                {
                    score++;
                }
            }

            if (score > 0)
            {
                scored.Add((i, score));
            }
        }

        return scored
            .OrderByDescending(s => s.Score)
            .ThenBy(s => s.Index)
            .Take(top)
            .Select(s => (_sections[s.Index].Policy, _sections[s.Index].Section))
            .ToArray();
    }
}

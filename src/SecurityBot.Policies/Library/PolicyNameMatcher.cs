namespace SecurityBot.Policies.Library;

/// <summary>
/// Resolves the names people give a policy ("passwords", "usb", "Email and Phishing Policy") to one policy: the
/// id, the title, or the tags must contain every word of the name (as stems). A name matching several policies
/// equally well resolves to none, so "show policy data" does not pick one at random.
/// </summary>
internal static class PolicyNameMatcher
{
    public static Policy? Find(IReadOnlyList<Policy> policies, string name, TextAnalyzer analyzer)
    {
        var wanted = analyzer.Words(name, 16).Select(w => w.Stem).Where(s => s != "polici").Distinct().ToArray();
        if (wanted.Length == 0)
        {
            return null;
        }

        var best = (Policy: (Policy?)null, Score: 0, Tied: false);
        foreach (var policy in policies)
        {
            var score = Score(policy, wanted, analyzer);
            if (score > best.Score)
            {
                best = (policy, score, false);
            }
            else if (score == best.Score && score > 0)
            {
                best.Tied = true;
            }
        }

        return best.Tied ? null : best.Policy;
    }

    private static int Score(Policy policy, string[] wanted, TextAnalyzer analyzer)
    {
        var id = Stems(policy.Id.Replace('-', ' '), analyzer);
        var title = Stems(policy.Title, analyzer);
        var tags = Stems(string.Join(' ', policy.Tags), analyzer);
        if (wanted.All(id.Contains))
        {
            return 3;
        }

        if (wanted.All(title.Contains))
        {
            return 2;
        }

        return wanted.All(w => tags.Contains(w) || title.Contains(w)) ? 1 : 0;
    }

    private static HashSet<string> Stems(string text, TextAnalyzer analyzer) =>
        analyzer.Words(text).Select(w => w.Stem).ToHashSet(StringComparer.Ordinal);
}

using System.Text.Json;
using Xunit.Abstractions;

namespace SecurityBot.UnitTests.Policies;

/// <summary>
/// The fixed relevance set: employee questions with the section that answers them. Guards ranking changes
/// (synonyms, weights, stemming) against making common questions worse.
/// </summary>
public class PolicyRelevanceTests(ITestOutputHelper output)
{
    [Fact]
    public void Search_RelevanceSet_FindsTheExpectedSectionInTheTopThreeAtLeastNinetyPercentOfTheTime()
    {
        var cases = RelevanceSet.Load();
        cases.Should().HaveCountGreaterThanOrEqualTo(30);

        var misses = new List<string>();
        foreach (var c in cases)
        {
            var hits = StarterLibrary.Instance.Search(c.Question, 3).Hits;
            if (!hits.Any(h => c.Accepts(h.Policy.Id, h.Section.Number)))
            {
                misses.Add($"{c.Question} → expected {c.PolicyId} §{c.Section}, got {string.Join(", ", hits.Select(h => $"{h.Policy.Id} §{h.Section.Number}"))}");
            }
        }

        misses.ForEach(output.WriteLine);
        var rate = 1.0 - ((double)misses.Count / cases.Count);
        rate.Should().BeGreaterThanOrEqualTo(0.9, "misses:\n" + string.Join('\n', misses));
    }

    [Fact]
    public void RelevanceSet_EveryExpectedSection_ExistsInTheStarterLibrary()
    {
        foreach (var c in RelevanceSet.Load())
        {
            var policy = StarterLibrary.Instance.Find(c.PolicyId);
            policy.Should().NotBeNull(c.Question);
            policy!.FindSection(c.Section).Should().NotBeNull(c.Question);
        }
    }
}

/// <summary>One question of relevance.json and the sections that count as a correct answer.</summary>
internal sealed record RelevanceCase(string Question, string PolicyId, string Section, IReadOnlyList<RelevanceAnswer>? Also)
{
    public bool Accepts(string policyId, string section) =>
        (policyId == PolicyId && section == Section) || (Also ?? []).Any(a => a.PolicyId == policyId && a.Section == section);
}

internal sealed record RelevanceAnswer(string PolicyId, string Section);

internal static class RelevanceSet
{
    public static IReadOnlyList<RelevanceCase> Load()
    {
        using var stream = File.OpenRead(Path.Combine(AppContext.BaseDirectory, "Policies", "relevance.json"));
        using var document = JsonDocument.Parse(stream);
        return document.RootElement.GetProperty("cases")
            .Deserialize<List<RelevanceCase>>(new JsonSerializerOptions(JsonSerializerDefaults.Web))!;
    }
}

using System.Text.Json;

namespace SecurityBot.Benchmarks.Policies;

/// <summary>The questions the benchmarks ask: the relevance set, plus typos, misses and oversized input.</summary>
internal static class BenchmarkQuestions
{
    /// <summary>Length of <see cref="LatencyMix"/>; a constant because BenchmarkDotNet's OperationsPerInvoke needs one.</summary>
    public const int LatencyMixCount = 71;

    public static IReadOnlyList<RelevanceCase> RelevanceSet()
    {
        using var stream = File.OpenRead(Path.Combine(AppContext.BaseDirectory, "relevance.json"));
        using var document = JsonDocument.Parse(stream);
        return document.RootElement.GetProperty("cases")
            .Deserialize<List<RelevanceCase>>(new JsonSerializerOptions(JsonSerializerDefaults.Web))!;
    }

    /// <summary>A latency mix: every relevance question, ten with typos, five that match nothing, two oversized.</summary>
    public static string[] LatencyMix() =>
    [
        .. RelevanceSet().Select(c => c.Question),
        "pasword lenght", "phising emial", "encrpytion laptop", "remoable media", "vpn on publc wifi",
        "thum drive found", "acess review", "exeption request", "supplier asesment", "clean dsek",
        "xylophone", "quokka habitat", "zzzz qqqq", "bdgae", "blockchain ledger",
        new string('a', 10_000), string.Join(' ', Enumerable.Repeat("usb (\"stick\" OR drive*)", 400)),
    ];
}

internal sealed record RelevanceCase(string Question, string PolicyId, string Section, IReadOnlyList<RelevanceAnswer>? Also)
{
    public bool Accepts(string policyId, string section) =>
        (policyId == PolicyId && section == Section) || (Also ?? []).Any(a => a.PolicyId == policyId && a.Section == section);
}

internal sealed record RelevanceAnswer(string PolicyId, string Section);

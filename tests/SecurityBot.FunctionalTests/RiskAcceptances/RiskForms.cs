using System.Text.Json;

namespace SecurityBot.FunctionalTests.RiskAcceptances;

/// <summary>The request form's values as Teams sends them (numbers as text), and action data with inputs added.</summary>
internal static class RiskForms
{
    public static object Valid() => new
    {
        title = "Legacy build server without disk encryption",
        policyId = "encryption",
        section = "2",
        asset = "build-01.corp",
        description = "The old firmware cannot run full-disk encryption; a stolen disk exposes source code.",
        likelihood = "4",
        impact = "4",
        controls = "Locked cage; disks wiped before disposal.",
        justification = "The Q3 release depends on this server until November.",
        durationDays = "90",
        riskOwner = "",
    };

    /// <summary>A button's data with one input value added, as Teams merges the card's inputs into it.</summary>
    public static Dictionary<string, object?> Merge(JsonElement data, string key, string value)
    {
        var merged = JsonSerializer.Deserialize<Dictionary<string, object?>>(data.GetRawText())!;
        merged[key] = value;
        return merged;
    }
}

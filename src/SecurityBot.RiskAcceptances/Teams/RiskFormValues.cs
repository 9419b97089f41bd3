using System.Globalization;
using System.Text.Json;

namespace SecurityBot.RiskAcceptances.Teams;

/// <summary>
/// What the request form shows (pre-fill) and what comes back from it. Reads Teams' action data, where input values
/// arrive as strings (numbers too); anything malformed becomes null and is reported by validation.
/// </summary>
internal sealed record RiskFormValues(
    string? Title = null,
    string? PolicyId = null,
    string? Section = null,
    string? Asset = null,
    string? Description = null,
    int? Likelihood = null,
    int? Impact = null,
    string? Controls = null,
    string? Justification = null,
    int? DurationDays = null,
    string? RiskOwner = null)
{
    public const int MaxFieldLength = 5000;

    public static RiskFormValues From(RiskAcceptance risk)
    {
        ArgumentNullException.ThrowIfNull(risk);
        return new(risk.Title, risk.PolicyId, risk.PolicySection, risk.Asset, risk.Description, risk.Likelihood, risk.Impact,
            risk.CompensatingControls, risk.Justification, risk.RequestedDays, risk.IsRequester(risk.RiskOwnerId) ? null : risk.RiskOwnerId);
    }

    public static RiskFormValues Read(JsonElement data) => new(
        Text(data, "title"),
        Text(data, "policyId"),
        Text(data, "section"),
        Text(data, "asset"),
        Text(data, "description"),
        Number(data, "likelihood"),
        Number(data, "impact"),
        Text(data, "controls"),
        Text(data, "justification"),
        Number(data, "durationDays"),
        Text(data, "riskOwner"));

    public RiskRequestInput ToInput() =>
        new(Title, PolicyId, Section, Asset, Description, Likelihood, Impact, Controls, Justification, DurationDays, RiskOwner);

    /// <summary>A string property of the action data, bounded; null when absent or not text.</summary>
    public static string? Text(JsonElement data, string name)
    {
        if (data.ValueKind != JsonValueKind.Object || !data.TryGetProperty(name, out var value))
        {
            return null;
        }

        var text = value.ValueKind switch
        {
            JsonValueKind.String => value.GetString(),
            JsonValueKind.Number => value.GetRawText(),
            _ => null,
        };
        return text is { Length: > MaxFieldLength } ? text[..MaxFieldLength] : text;
    }

    /// <summary>A whole number sent as a JSON number or as text; null otherwise.</summary>
    public static int? Number(JsonElement data, string name) =>
        Text(data, name) is { } text && int.TryParse(text.Trim(), NumberStyles.Integer, CultureInfo.InvariantCulture, out var n) ? n : null;

    public static long? Long(JsonElement data, string name) =>
        Text(data, name) is { } text && long.TryParse(text.Trim(), NumberStyles.Integer, CultureInfo.InvariantCulture, out var n) ? n : null;
}

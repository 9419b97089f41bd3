using SecurityBot.Platform.Chat;

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
    /// <summary>Longest value read from the card data for any field (the service checks each field's own limit).</summary>
    public const int MaxFieldLength = 5000;

    public static RiskFormValues From(RiskAcceptance risk)
    {
        ArgumentNullException.ThrowIfNull(risk);
        return new(risk.Title, risk.PolicyId, risk.PolicySection, risk.Asset, risk.Description, risk.Likelihood, risk.Impact,
            risk.CompensatingControls, risk.Justification, risk.RequestedDays, risk.IsRequester(risk.RiskOwnerId) ? null : risk.RiskOwnerId);
    }

    public static RiskFormValues Read(CardActionData data)
    {
        ArgumentNullException.ThrowIfNull(data);
        return new(
            data.Text("title", MaxFieldLength),
            data.Text("policyId", MaxFieldLength),
            data.Text("section", MaxFieldLength),
            data.Text("asset", MaxFieldLength),
            data.Text("description", MaxFieldLength),
            data.SmallWholeNumber("likelihood"),
            data.SmallWholeNumber("impact"),
            data.Text("controls", MaxFieldLength),
            data.Text("justification", MaxFieldLength),
            data.SmallWholeNumber("durationDays"),
            data.Text("riskOwner", MaxFieldLength));
    }

    public RiskRequestInput ToInput() =>
        new(Title, PolicyId, Section, Asset, Description, Likelihood, Impact, Controls, Justification, DurationDays, RiskOwner);
}

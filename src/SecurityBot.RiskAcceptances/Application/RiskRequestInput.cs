namespace SecurityBot.RiskAcceptances.Application;

/// <summary>
/// The request form as submitted (untrusted user data). Numbers are null when the field was empty or not a number;
/// <see cref="RiskOwner"/> is a UPN or object id (blank: the requester).
/// </summary>
internal sealed record RiskRequestInput(
    string? Title,
    string? PolicyId,
    string? PolicySection,
    string? Asset,
    string? Description,
    int? Likelihood,
    int? Impact,
    string? CompensatingControls,
    string? Justification,
    int? DurationDays,
    string? RiskOwner);

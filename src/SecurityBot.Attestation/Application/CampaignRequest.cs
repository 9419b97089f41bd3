namespace SecurityBot.Attestation.Application;

/// <summary>
/// What the campaign form asked for, as typed: the policy, the audience, the due date, an optional message; and for a
/// re-attestation, the earlier campaign whose version it compares with (validated by the server, like the rest).
/// </summary>
internal sealed record CampaignRequest(string? Policy, AudienceKind AudienceKind, string? AudienceValue, DateOnly? DueOn, string? Message, int? Reattest = null);

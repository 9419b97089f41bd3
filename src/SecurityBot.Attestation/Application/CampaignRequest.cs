namespace SecurityBot.Attestation.Application;

/// <summary>What the campaign form asked for, as typed: the policy, the audience, the due date, an optional message.</summary>
internal sealed record CampaignRequest(string? Policy, AudienceKind AudienceKind, string? AudienceValue, DateOnly? DueOn, string? Message);

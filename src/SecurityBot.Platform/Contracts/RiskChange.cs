namespace SecurityBot.Platform.Contracts;

/// <summary>One change to a risk acceptance: what happened, the acceptance after it, who did it (null: the bot) and when.</summary>
public sealed record RiskChange(RiskChangeKind Kind, RiskSnapshot Risk, string? ActorId, DateTimeOffset At);

namespace SecurityBot.Platform.Contracts;

/// <summary>One change to an incident: what happened, the incident after it, who did it (null: the bot) and when.</summary>
public sealed record IncidentChange(IncidentChangeKind Kind, IncidentSnapshot Incident, string? ActorId, DateTimeOffset At);

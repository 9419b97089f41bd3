namespace SecurityBot.Platform.Contracts;

/// <summary>One line of an incident's timeline for a record or export: when, what, who (display name) and the detail text (user text: escape it).</summary>
public sealed record IncidentTimelineItem(DateTimeOffset At, IncidentChangeKind Kind, string ActorName, string? Detail);

using SecurityBot.Platform.Results;

namespace SecurityBot.Platform.Contracts;

/// <summary>The outcome of an <see cref="IncidentActionRequest"/>: a status, a sentence for the person, and the incident after it (null when it may not be seen).</summary>
public sealed record IncidentActionResult(UseCaseStatus Status, string Message, IncidentSnapshot? Incident);

using SecurityBot.Platform.Routing;

namespace SecurityBot.Platform.Contracts;

/// <summary>
/// An incident action asked for from outside the incident's own cards. <paramref name="ActorId"/> comes from the
/// authenticated activity (never card data); the incidents capability applies the triage card's authorization to it.
/// </summary>
public sealed record IncidentActionRequest(
    string Number,
    IncidentCommand Command,
    string ActorId,
    string ActorName,
    string? Text = null,
    string? AssigneeId = null,
    IncidentSeverity? Severity = null);

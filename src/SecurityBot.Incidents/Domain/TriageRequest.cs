using SecurityBot.Platform.Routing;

namespace SecurityBot.Incidents.Domain;

/// <summary>
/// A triage action as asked for. <paramref name="Actor"/> comes from the authenticated activity; the number and
/// <paramref name="ExpectedVersion"/> from the card (untrusted: checked against the database). A request that comes
/// from no card (another capability's command, <see cref="IncidentActions"/>) has no expected version: it applies to
/// the incident as it stands, whose own rules refuse what no longer makes sense ("already acknowledged by …").
/// <paramref name="AssigneeId"/> is for <see cref="TriageAction.Assign"/>, <paramref name="Severity"/> for
/// <see cref="TriageAction.ChangeSeverity"/>.
/// </summary>
internal sealed record TriageRequest(long Number, long? ExpectedVersion, TriageAction Action, IncidentActor Actor, string? Note = null,
    string? AssigneeId = null, IncidentSeverity? Severity = null);

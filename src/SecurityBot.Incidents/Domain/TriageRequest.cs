namespace SecurityBot.Incidents.Domain;

/// <summary>
/// A triage action as asked for. <paramref name="Actor"/> comes from the authenticated activity; the number and
/// <paramref name="ExpectedVersion"/> from the card (untrusted: checked against the database).
/// </summary>
internal sealed record TriageRequest(long Number, long ExpectedVersion, TriageAction Action, IncidentActor Actor, string? Note = null);

namespace SecurityBot.Incidents.Teams;

/// <summary>The Action.Execute verbs of incident cards (routed to <see cref="IncidentCardActionHandler"/>).</summary>
internal static class IncidentVerbs
{
    public const string Submit = "incident.submit";
    public const string Acknowledge = "incident.acknowledge";
    public const string Assign = "incident.assign";
    public const string Escalate = "incident.escalate";
    public const string Resolve = "incident.resolve";
    public const string Dismiss = "incident.dismiss";
    public const string Note = "incident.note";
    public const string Refresh = "incident.refresh";
    public const string Evidence = "incident.evidence";

    public static IReadOnlyCollection<string> All { get; } = [Submit, Acknowledge, Assign, Escalate, Resolve, Dismiss, Note, Refresh, Evidence];
}

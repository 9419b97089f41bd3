namespace SecurityBot.Incidents.Domain;

/// <summary>What a responder can do from the triage card, or from another capability (<see cref="IncidentActions"/>).</summary>
internal enum TriageAction
{
    Acknowledge,
    AssignToMe,
    Escalate,
    Resolve,
    Dismiss,
    AddNote,

    /// <summary>Assign to <see cref="TriageRequest.AssigneeId"/>, who must be able to triage.</summary>
    Assign,

    /// <summary>Set the severity to <see cref="TriageRequest.Severity"/>.</summary>
    ChangeSeverity,
}

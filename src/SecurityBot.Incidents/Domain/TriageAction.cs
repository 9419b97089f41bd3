namespace SecurityBot.Incidents.Domain;

/// <summary>What a responder can do from the triage card.</summary>
internal enum TriageAction
{
    Acknowledge,
    AssignToMe,
    Escalate,
    Resolve,
    Dismiss,
    AddNote,
}

namespace SecurityBot.Platform.Contracts;

/// <summary>What happened to an incident, as told to <see cref="IIncidentObserver"/>s.</summary>
public enum IncidentChangeKind
{
    Reported = 0,
    RelatedReport = 1,
    /// <summary>
    /// A responder set the severity (up or down), or the bot raised it because a related report made it worse (then
    /// told right after that <see cref="RelatedReport"/>, with the same snapshot).
    /// </summary>
    SeverityChanged = 2,
    Acknowledged = 3,
    Assigned = 4,
    Escalated = 5,
    Resolved = 6,
    Dismissed = 7,
    NoteAdded = 8,

    /// <summary>A reporter attached a file as evidence (its name, size and hash are in the timeline).</summary>
    EvidenceAdded = 9,
}

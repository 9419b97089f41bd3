namespace SecurityBot.Incidents.Domain;

/// <summary>What a timeline entry records. Stored as its number: never renumber, only add.</summary>
internal enum TimelineEventKind
{
    Reported = 0,
    RelatedReport = 1,
    SeverityRaised = 2,
    Acknowledged = 3,
    Assigned = 4,
    Escalated = 5,
    Resolved = 6,
    Dismissed = 7,
    Note = 8,

    /// <summary>A responder set the severity (up or down); <see cref="SeverityRaised"/> is the rules raising it on a related report.</summary>
    SeverityChanged = 9,

    /// <summary>A reporter attached a file.</summary>
    EvidenceAdded = 10,
}

namespace SecurityBot.Incidents.Domain;

/// <summary>What a timeline entry records.</summary>
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
}

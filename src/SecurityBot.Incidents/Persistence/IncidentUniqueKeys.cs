using SecurityBot.Platform.Persistence;

namespace SecurityBot.Incidents.Persistence;

/// <summary>The incident tables' unique keys that concurrent reports and triage race for.</summary>
internal static class IncidentUniqueKeys
{
    /// <summary>The incident number.</summary>
    public static UniqueKey Number { get; } = new("IX_Incidents_Number", "Incidents", ["Number"]);

    /// <summary>One report per form submission (a double submit or a redelivery lands here).</summary>
    public static UniqueKey SubmissionKey { get; } = new("IX_IncidentReports_SubmissionKey", "IncidentReports", ["SubmissionKey"]);

    /// <summary>The same file attached to one incident twice (two sends racing).</summary>
    public static UniqueKey EvidenceHash { get; } = new("IX_IncidentEvidence_IncidentId_Sha256", "IncidentEvidence", ["IncidentId", "Sha256"]);

    /// <summary>The next timeline position of an incident, taken by whichever change commits first.</summary>
    public static UniqueKey TimelineSequence { get; } = new("IX_IncidentTimeline_IncidentId_Sequence", "IncidentTimeline", ["IncidentId", "Sequence"]);
}

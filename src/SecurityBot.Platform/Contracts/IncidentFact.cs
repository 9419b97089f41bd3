using SecurityBot.Platform.Routing;

namespace SecurityBot.Platform.Contracts;

/// <summary>
/// One incident as the metrics see it: the instants of its life and nothing a figure does not need (no text, no
/// indicators). The incidents capability provides these through <see cref="IIncidentFacts"/>.
/// </summary>
/// <param name="Number">The display number ("INC-000042").</param>
/// <param name="Category">The category id ("phishing").</param>
/// <param name="Severity">The current severity.</param>
/// <param name="ReportedAt">The first report.</param>
/// <param name="AcknowledgeBy">The acknowledgement SLA's due time (business hours already applied).</param>
/// <param name="AcknowledgedAt">The first acknowledgement (or assignment), if any.</param>
/// <param name="ClosedAt">When it was resolved or dismissed, if it was.</param>
/// <param name="Dismissed">Closed as "no threat" rather than resolved.</param>
/// <param name="EscalationStep">The highest escalation step it reached (0: never escalated).</param>
/// <param name="ReportCount">How many reports were linked to it (a campaign's reach).</param>
public sealed record IncidentFact(
    string Number,
    string Category,
    IncidentSeverity Severity,
    DateTimeOffset ReportedAt,
    DateTimeOffset AcknowledgeBy,
    DateTimeOffset? AcknowledgedAt,
    DateTimeOffset? ClosedAt,
    bool Dismissed,
    int EscalationStep,
    int ReportCount)
{
    /// <summary>Not resolved or dismissed at <paramref name="at"/>.</summary>
    public bool IsOpenAt(DateTimeOffset at) => ReportedAt < at && (ClosedAt is null || ClosedAt >= at);
}

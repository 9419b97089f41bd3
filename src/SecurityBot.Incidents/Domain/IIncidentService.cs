namespace SecurityBot.Incidents.Domain;

/// <summary>
/// Incident use cases. Each command is one unit of work: the incident, its timeline, the notifications and card
/// updates it causes and its escalation timer are saved together or not at all.
/// </summary>
internal interface IIncidentService
{
    Task<ReportIncidentResult> ReportAsync(ReportIncidentRequest request, CancellationToken cancellationToken);

    Task<TriageResult> TriageAsync(TriageRequest request, CancellationToken cancellationToken);

    /// <summary>One incident, if <paramref name="viewerId"/> may see it (a reporter sees their own; responders see any).</summary>
    Task<Incident?> FindVisibleAsync(long number, string viewerId, CancellationToken cancellationToken);

    /// <summary>The open incidents the person reported (or co-reported), newest first, at most <paramref name="max"/>.</summary>
    Task<IReadOnlyList<Incident>> ListOpenReportedByAsync(string reporterId, int max, CancellationToken cancellationToken);
}

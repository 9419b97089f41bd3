using SecurityBot.Platform.Contracts;

namespace SecurityBot.Incidents.Application;

/// <summary>
/// The incident as other capabilities see it (<see cref="IncidentSnapshot"/>, <see cref="IncidentTimelineItem"/>):
/// the one mapping behind the observers and <see cref="IIncidentActions"/>. The reporter's free text leaves here
/// defanged, as the incident's own cards show it; escaping is the reader's job wherever it is shown.
/// </summary>
internal static class IncidentSnapshots
{
    /// <summary>The incident at its current version; needs the reports loaded (every <see cref="IncidentStore"/> lookup does).</summary>
    public static IncidentSnapshot Of(Incident incident)
    {
        ArgumentNullException.ThrowIfNull(incident);
        var reports = incident.Reports;
        // People only: a SIEM is nobody's colleague, manager or crisis-room member.
        IReadOnlyList<string> reporterIds = reports.Count == 0
            ? (incident.OpenedByPerson ? [incident.ReporterId] : [])
            : incident.PersonReporterIds;
        var alert = reports.Select(r => r.Alert).FirstOrDefault(a => a is not null);
        return new IncidentSnapshot(
            incident.DisplayNumber,
            Defang.Text(incident.Title),
            incident.Category.Key(),
            incident.Severity,
            StageOf(incident.Status),
            Defang.Text(reports.Count == 0 ? incident.Title : reports[0].Description),
            reporterIds,
            incident.AcknowledgedById,
            incident.AssigneeId,
            incident.ReportedAt,
            incident.ClosedAt,
            incident.Resolution is null ? null : Defang.Text(incident.Resolution),
            incident.Version)
        {
            Source = incident.Source,
            SourceSystem = alert?.System,
            ExternalId = alert?.ExternalId,
        };
    }

    public static IncidentStage StageOf(IncidentStatus status) => status switch
    {
        IncidentStatus.New => IncidentStage.New,
        IncidentStatus.Acknowledged => IncidentStage.Acknowledged,
        IncidentStatus.Investigating => IncidentStage.Investigating,
        IncidentStatus.Resolved => IncidentStage.Resolved,
        IncidentStatus.Dismissed => IncidentStage.Dismissed,
        _ => throw new ArgumentOutOfRangeException(nameof(status), status, "Unknown incident status."),
    };

    /// <summary>What a timeline entry records, in the contract's words (the rules raising it and a responder setting it are both a severity change).</summary>
    public static IncidentChangeKind KindOf(TimelineEventKind kind) => kind switch
    {
        TimelineEventKind.Reported => IncidentChangeKind.Reported,
        TimelineEventKind.RelatedReport => IncidentChangeKind.RelatedReport,
        TimelineEventKind.SeverityRaised or TimelineEventKind.SeverityChanged => IncidentChangeKind.SeverityChanged,
        TimelineEventKind.Acknowledged => IncidentChangeKind.Acknowledged,
        TimelineEventKind.Assigned => IncidentChangeKind.Assigned,
        TimelineEventKind.Escalated => IncidentChangeKind.Escalated,
        TimelineEventKind.Resolved => IncidentChangeKind.Resolved,
        TimelineEventKind.Dismissed => IncidentChangeKind.Dismissed,
        TimelineEventKind.Note => IncidentChangeKind.NoteAdded,
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "Unknown timeline event."),
    };

    public static IncidentTimelineItem ItemOf(TimelineEntry entry)
    {
        ArgumentNullException.ThrowIfNull(entry);
        return new IncidentTimelineItem(entry.At, KindOf(entry.Kind), entry.ActorName, Defang.Text(entry.Text));
    }
}

using Microsoft.EntityFrameworkCore;
using SecurityBot.Platform.Contracts;
using SecurityBot.Platform.Persistence;
using SecurityBot.Platform.Routing;

namespace SecurityBot.Incidents.Persistence;

/// <summary>
/// The incident facts the metrics read: one projection query each, no tracking, only the columns a figure needs.
/// The SLA is the acknowledgement due time computed from the first report (an escalation moves the incident's own
/// due time to the next step, which is not the promise made to the reporter).
/// </summary>
internal sealed class IncidentFactSource(SecurityBotDbContext db, AcknowledgementSla sla) : IIncidentFacts
{
    public async Task<IReadOnlyList<IncidentFact>> OverlappingAsync(DateTimeOffset since, DateTimeOffset until, CancellationToken cancellationToken)
    {
        // Two index-friendly queries (ClosedAt is indexed, NULLs included) rather than one OR that scans every row.
        var incidents = db.Set<Incident>().AsNoTracking();
        // Open ones first: one closed in between then shows up in both, and its closed row (read second) wins; the
        // other order could miss it altogether.
        var rows = (await Project(incidents.Where(i => i.ClosedAt == null && i.ReportedAt < until)).ToListAsync(cancellationToken))
            .ToDictionary(r => r.Number);
        foreach (var closed in await Project(incidents.Where(i => i.ClosedAt >= since && i.ReportedAt < until)).ToListAsync(cancellationToken))
        {
            rows[closed.Number] = closed;
        }

        return rows.Values.Select(r => new IncidentFact(IncidentNumber.Format(r.Number), r.Category.Key(), r.Severity, r.ReportedAt,
            sla.DueAt(r.Severity, r.ReportedAt), r.AcknowledgedAt, r.ClosedAt, r.Status == IncidentStatus.Dismissed, r.EscalationStep, r.ReportCount)).ToList();
    }

    public async Task<IReadOnlyList<IncidentReportFact>> ReportsAsync(DateTimeOffset since, DateTimeOffset until, CancellationToken cancellationToken)
    {
        var rows = await db.Set<IncidentReport>().AsNoTracking()
            .Where(r => r.ReportedAt >= since && r.ReportedAt < until)
            .Join(db.Set<Incident>(), r => r.IncidentId, i => i.Id, (r, i) => new { i.Number, r.ReporterId, r.ReportedAt })
            .ToListAsync(cancellationToken);
        return rows.ConvertAll(r => new IncidentReportFact(IncidentNumber.Format(r.Number), r.ReporterId, r.ReportedAt));
    }

    private static IQueryable<FactRow> Project(IQueryable<Incident> incidents) =>
        incidents.Select(i => new FactRow(i.Number, i.Category, i.Severity, i.ReportedAt, i.AcknowledgedAt, i.ClosedAt, i.Status, i.EscalationStep, i.ReportCount));

    private sealed record FactRow(long Number, IncidentCategory Category, IncidentSeverity Severity, DateTimeOffset ReportedAt, DateTimeOffset? AcknowledgedAt,
        DateTimeOffset? ClosedAt, IncidentStatus Status, int EscalationStep, int ReportCount);
}

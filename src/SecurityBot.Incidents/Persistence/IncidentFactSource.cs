using Microsoft.EntityFrameworkCore;
using SecurityBot.Platform.Contracts;
using SecurityBot.Platform.Persistence;

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
        var rows = await db.Set<Incident>().AsNoTracking()
            .Where(i => i.ReportedAt < until && (i.ClosedAt == null || i.ClosedAt >= since))
            .Select(i => new { i.Number, i.Category, i.Severity, i.ReportedAt, i.AcknowledgedAt, i.ClosedAt, i.Status, i.EscalationStep, i.ReportCount })
            .ToListAsync(cancellationToken);
        return rows.ConvertAll(r => new IncidentFact(IncidentNumber.Format(r.Number), r.Category.Key(), r.Severity, r.ReportedAt,
            sla.DueAt(r.Severity, r.ReportedAt), r.AcknowledgedAt, r.ClosedAt, r.Status == IncidentStatus.Dismissed, r.EscalationStep, r.ReportCount));
    }

    public async Task<IReadOnlyList<IncidentReportFact>> ReportsAsync(DateTimeOffset since, DateTimeOffset until, CancellationToken cancellationToken)
    {
        var rows = await db.Set<IncidentReport>().AsNoTracking()
            .Where(r => r.ReportedAt >= since && r.ReportedAt < until)
            .Join(db.Set<Incident>(), r => r.IncidentId, i => i.Id, (r, i) => new { i.Number, r.ReporterId, r.ReportedAt })
            .ToListAsync(cancellationToken);
        return rows.ConvertAll(r => new IncidentReportFact(IncidentNumber.Format(r.Number), r.ReporterId, r.ReportedAt));
    }
}

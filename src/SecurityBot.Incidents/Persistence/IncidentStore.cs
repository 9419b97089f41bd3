using Microsoft.EntityFrameworkCore;
using SecurityBot.Platform.Persistence;

namespace SecurityBot.Incidents.Persistence;

/// <summary>Incident queries on the scoped unit of work; entities come back tracked with reports, indicators and timeline.</summary>
internal sealed class IncidentStore(SecurityBotDbContext db, CorrelationRule correlation)
{
    public SecurityBotDbContext Db => db;

    public Task<Incident?> FindAsync(long number, CancellationToken cancellationToken) =>
        WithDetails().SingleOrDefaultAsync(i => i.Number == number, cancellationToken);

    /// <summary>The incident a report with this submission key went into, if that submission was already stored.</summary>
    public async Task<Incident?> FindBySubmissionAsync(string submissionKey, CancellationToken cancellationToken)
    {
        var incidentId = await db.Set<IncidentReport>().Where(r => r.SubmissionKey == submissionKey).Select(r => (Guid?)r.IncidentId)
            .FirstOrDefaultAsync(cancellationToken);
        return incidentId is { } id ? await WithDetails().SingleOrDefaultAsync(i => i.Id == id, cancellationToken) : null;
    }

    public Task<long> NextNumberAsync(CancellationToken cancellationToken) => IncidentNumberSequence.NextAsync(db, cancellationToken);

    /// <summary>The earliest open incident reported within the correlation window that shares one of the indicators.</summary>
    public async Task<Incident?> FindRelatedAsync(IReadOnlyList<Indicator> indicators, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var keys = correlation.Keys(indicators);
        if (keys.Count == 0)
        {
            return null;
        }

        var values = keys.Select(k => k.Value).Distinct().ToList();
        var since = correlation.WindowStart(now);
        var matches = await db.Set<IncidentIndicator>()
            .Where(i => values.Contains(i.Value))
            .Select(i => new { i.IncidentId, i.Kind, i.Value })
            .ToListAsync(cancellationToken);
        var ids = matches.Where(m => keys.Contains(new Indicator(m.Kind, m.Value))).Select(m => m.IncidentId).Distinct().ToList();
        if (ids.Count == 0)
        {
            return null;
        }

        var candidates = await db.Set<Incident>()
            .Where(i => ids.Contains(i.Id) && i.ReportedAt >= since
                        && (i.Status == IncidentStatus.New || i.Status == IncidentStatus.Acknowledged || i.Status == IncidentStatus.Investigating))
            .Select(i => new { i.Number, i.ReportedAt })
            .ToListAsync(cancellationToken);
        var first = correlation.Choose(candidates.OrderBy(c => c.Number), c => c.ReportedAt, now);
        return first is null ? null : await FindAsync(first.Number, cancellationToken);
    }

    public async Task<IReadOnlyList<Incident>> ListOpenReportedByAsync(string reporterId, int max, CancellationToken cancellationToken)
    {
        var ids = db.Set<IncidentReport>().Where(r => r.ReporterId == reporterId).Select(r => r.IncidentId);
        // Only the person's own reports are loaded: their list shows what they reported (Incident.ViewFor), and what
        // others reported is not even in memory.
        return await db.Set<Incident>().AsNoTracking()
            .Include(i => i.Reports.Where(r => r.ReporterId == reporterId))
            .Where(i => ids.Contains(i.Id)
                        && (i.Status == IncidentStatus.New || i.Status == IncidentStatus.Acknowledged || i.Status == IncidentStatus.Investigating))
            .OrderByDescending(i => i.Number)
            .Take(max)
            .ToListAsync(cancellationToken);
    }

    private IQueryable<Incident> WithDetails() =>
        db.Set<Incident>().Include(i => i.Reports).Include(i => i.Indicators).Include(i => i.Timeline).Include(i => i.Evidence).AsSplitQuery();
}

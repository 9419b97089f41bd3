using System.Globalization;
using SecurityBot.Platform.Contracts;
using SecurityBot.Platform.Routing;

namespace SecurityBot.Metrics.Domain;

/// <summary>Computes <see cref="IncidentFigures"/> from the incident facts; pure, every definition in docs/metrics.md.</summary>
internal static class IncidentMetrics
{
    private static readonly IncidentSeverity[] Severities = [IncidentSeverity.Critical, IncidentSeverity.High, IncidentSeverity.Medium, IncidentSeverity.Low];

    /// <param name="incidents">At least every incident overlapping the period and the previous one.</param>
    /// <param name="reports">At least every report made in the period and the previous one.</param>
    /// <param name="period">The period; its previous period is the trend's baseline.</param>
    public static IncidentFigures Compute(IReadOnlyList<IncidentFact> incidents, IReadOnlyList<IncidentReportFact> reports, MetricsPeriod period)
    {
        ArgumentNullException.ThrowIfNull(incidents);
        ArgumentNullException.ThrowIfNull(reports);
        ArgumentNullException.ThrowIfNull(period);
        var previous = period.Previous;
        var current = incidents.Where(i => In(i.ReportedAt, period)).ToList();
        var before = incidents.Where(i => In(i.ReportedAt, previous)).ToList();
        var currentReports = reports.Where(r => In(r.ReportedAt, period)).ToList();
        var open = incidents.Where(i => i.IsOpenAt(period.To)).ToList();

        return new IncidentFigures(
            new Trend(current.Count, before.Count),
            [.. Severities.Select(s => (s, new Trend(current.Count(i => i.Severity == s), before.Count(i => i.Severity == s))))],
            [.. current.GroupBy(i => i.Category).Select(g => new NamedCount(g.Key, g.Count())).OrderByDescending(c => c.Count).ThenBy(c => c.Name, StringComparer.Ordinal)],
            new Trend(currentReports.Count, reports.Count(r => In(r.ReportedAt, previous))),
            currentReports.Select(r => r.ReporterId).Distinct(StringComparer.OrdinalIgnoreCase).Count(),
            [.. currentReports.GroupBy(r => r.ReporterId, StringComparer.OrdinalIgnoreCase).Select(g => new NamedCount(g.Key, g.Count()))
                .OrderByDescending(c => c.Count).ThenBy(c => c.Name, StringComparer.Ordinal).Take(10)],
            [.. currentReports.GroupBy(r => r.IncidentNumber, StringComparer.Ordinal)
                .Select(g => new NamedCount(g.Key, g.Select(r => r.ReporterId).Distinct(StringComparer.OrdinalIgnoreCase).Count()))
                .Where(c => c.Count > 1).OrderByDescending(c => c.Count).ThenBy(c => c.Name, StringComparer.Ordinal).Take(5)],
            [.. Severities.Select(s => Times(s, current.Where(i => i.Severity == s).ToList(), period.To))],
            new Trend(current.Count(i => Breached(i, period.To)), before.Count(i => Breached(i, previous.To))),
            Escalations(current),
            OpenByAge(open, period.To),
            [.. open.Where(i => !AcknowledgedBy(i, period.To) && i.AcknowledgeBy < period.To).OrderBy(i => i.AcknowledgeBy)
                .Select(i => new OpenItem(i.Number, $"{i.Severity} {i.Category}", "SLA passed " + Ago(period.To - i.AcknowledgeBy) + " ago", i.AcknowledgeBy))]);
    }

    /// <summary>Acknowledged late, or still unacknowledged at <paramref name="end"/> after the due time.</summary>
    public static bool Breached(IncidentFact incident, DateTimeOffset end)
    {
        ArgumentNullException.ThrowIfNull(incident);
        return AcknowledgedBy(incident, end) ? incident.AcknowledgedAt > incident.AcknowledgeBy : incident.AcknowledgeBy < end;
    }

    /// <summary>"45 min", "5 h", "3 d": the unit a reader takes in at a glance.</summary>
    public static string Ago(TimeSpan span) => span switch
    {
        { TotalHours: < 1 } => string.Create(CultureInfo.InvariantCulture, $"{Math.Max(1, (int)span.TotalMinutes)} min"),
        { TotalDays: < 2 } => string.Create(CultureInfo.InvariantCulture, $"{(int)span.TotalHours} h"),
        _ => string.Create(CultureInfo.InvariantCulture, $"{(int)span.TotalDays} d"),
    };

    private static SeverityTimes Times(IncidentSeverity severity, List<IncidentFact> reported, DateTimeOffset end) => new(
        severity,
        reported.Count,
        DurationSummary.Of(reported.Where(i => AcknowledgedBy(i, end)).Select(i => i.AcknowledgedAt!.Value - i.ReportedAt)),
        DurationSummary.Of(reported.Where(i => i.ClosedAt < end).Select(i => i.ClosedAt!.Value - i.ReportedAt)),
        reported.Count(i => AcknowledgedBy(i, end) && i.AcknowledgedAt <= i.AcknowledgeBy),
        reported.Count(i => Breached(i, end)));

    private static List<NamedCount> Escalations(List<IncidentFact> reported)
    {
        var top = reported.Select(i => i.EscalationStep).DefaultIfEmpty(0).Max();
        return [.. Enumerable.Range(1, top).Select(step => new NamedCount(
            string.Create(CultureInfo.InvariantCulture, $"Step {step}"), reported.Count(i => i.EscalationStep >= step)))];
    }

    private static List<NamedCount> OpenByAge(List<IncidentFact> open, DateTimeOffset end) =>
    [
        new("under 1 day", open.Count(i => end - i.ReportedAt < TimeSpan.FromDays(1))),
        new("1–7 days", open.Count(i => end - i.ReportedAt >= TimeSpan.FromDays(1) && end - i.ReportedAt < TimeSpan.FromDays(7))),
        new("7–30 days", open.Count(i => end - i.ReportedAt >= TimeSpan.FromDays(7) && end - i.ReportedAt < TimeSpan.FromDays(30))),
        new("over 30 days", open.Count(i => end - i.ReportedAt >= TimeSpan.FromDays(30))),
    ];

    private static bool AcknowledgedBy(IncidentFact incident, DateTimeOffset end) => incident.AcknowledgedAt < end;

    private static bool In(DateTimeOffset at, MetricsPeriod period) => at >= period.From && at < period.To;
}

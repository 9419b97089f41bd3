using SecurityBot.Platform.Contracts;
using SecurityBot.Platform.Routing;

namespace SecurityBot.Metrics.Domain;

/// <summary>Incidents first reported per local week (Monday-based) and severity, for the trend chart; pure.</summary>
internal static class WeeklySeries
{
    /// <summary>The weeks the chart shows: at least this many, ending with the week the period ends in.</summary>
    public const int MinimumWeeks = 12;

    /// <summary>Where the chart's first week may start at the latest, for a period: the facts must reach back this far.</summary>
    public static DateTimeOffset ChartFrom(MetricsPeriod period)
    {
        ArgumentNullException.ThrowIfNull(period);
        var twelveWeeks = period.To.AddDays(-7 * MinimumWeeks);
        return period.From < twelveWeeks ? period.From : twelveWeeks;
    }

    public static IReadOnlyList<WeekCount> Compute(IReadOnlyList<IncidentFact> incidents, MetricsPeriod period, TimeZoneInfo zone)
    {
        ArgumentNullException.ThrowIfNull(incidents);
        ArgumentNullException.ThrowIfNull(period);
        ArgumentNullException.ThrowIfNull(zone);
        var first = WeekOf(ChartFrom(period), zone);
        var last = WeekOf(period.To.AddTicks(-1), zone);
        var counts = incidents.Where(i => i.ReportedAt >= ChartFrom(period) && i.ReportedAt < period.To)
            .GroupBy(i => (Week: WeekOf(i.ReportedAt, zone), i.Severity))
            .ToDictionary(g => g.Key, g => g.Count());
        var weeks = new List<WeekCount>();
        for (var week = first; week <= last; week = week.AddDays(7))
        {
            weeks.Add(new WeekCount(week, Enum.GetValues<IncidentSeverity>().ToDictionary(s => s, s => counts.GetValueOrDefault((week, s)))));
        }

        return weeks;
    }

    private static DateOnly WeekOf(DateTimeOffset at, TimeZoneInfo zone) => MetricsPeriod.StartOfWeek(MetricsPeriod.LocalDay(at, zone));
}

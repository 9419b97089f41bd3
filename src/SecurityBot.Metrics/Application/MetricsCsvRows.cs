using System.Globalization;

namespace SecurityBot.Metrics.Application;

/// <summary>Every figure of a <see cref="SecurityMetrics"/> as export rows, in the order the card shows them; pure.</summary>
internal static class MetricsCsvRows
{
    public static IReadOnlyList<MetricsCsvRow> Of(SecurityMetrics metrics)
    {
        ArgumentNullException.ThrowIfNull(metrics);
        var rows = new List<MetricsCsvRow>
        {
            new("period", "from", string.Empty, metrics.Period.From.ToString("O", CultureInfo.InvariantCulture), metrics.Period.Previous.From.ToString("O", CultureInfo.InvariantCulture), "instant"),
            new("period", "to", string.Empty, metrics.Period.To.ToString("O", CultureInfo.InvariantCulture), metrics.Period.Previous.To.ToString("O", CultureInfo.InvariantCulture), "instant"),
            new("period", "computed at", string.Empty, metrics.ComputedAt.ToString("O", CultureInfo.InvariantCulture), string.Empty, "instant"),
        };
        Incidents(rows, metrics.Incidents);
        Risks(rows, metrics.Risks);
        rows.Add(new("policies", "policies", string.Empty, N(metrics.Policies.Policies), string.Empty, "count"));
        rows.Add(new("policies", "overdue for review", string.Empty, N(metrics.Policies.OverdueForReview.Count), string.Empty, "count"));
        rows.AddRange(metrics.Policies.OverdueForReview.Select(p => new MetricsCsvRow("policies", "overdue for review", p.Reference + " " + p.Title, p.Why, string.Empty, "text")));
        foreach (var week in metrics.WeeklyIncidents)
        {
            rows.AddRange(week.BySeverity.OrderByDescending(s => s.Key).Select(s => new MetricsCsvRow(
                "incidents per week", week.WeekStart.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), s.Key.ToString(), N(s.Value), string.Empty, "count")));
        }

        return rows;
    }

    private static void Incidents(List<MetricsCsvRow> rows, IncidentFigures f)
    {
        const string S = "incidents";
        rows.Add(Trend(S, "reported", string.Empty, f.Reported));
        rows.AddRange(f.BySeverity.Select(s => Trend(S, "reported by severity", s.Severity.ToString(), s.Count)));
        rows.AddRange(f.ByCategory.Select(c => Count(S, "reported by category", c)));
        rows.Add(Trend(S, "reports", string.Empty, f.Reports));
        rows.Add(new(S, "reporters", string.Empty, N(f.Reporters), string.Empty, "people"));
        rows.AddRange(f.TopReporters.Select(c => Count(S, "reports per reporter", c)));
        rows.AddRange(f.Clusters.Select(c => new MetricsCsvRow(S, "people reporting the same incident", c.Name, N(c.Count), string.Empty, "people")));
        foreach (var t in f.Times)
        {
            var severity = t.Severity.ToString();
            Durations(rows, S, "time to acknowledge", severity, t.Acknowledge);
            Durations(rows, S, "time to close", severity, t.Close);
            rows.Add(new(S, "acknowledged within SLA", severity, N(t.WithinSla), string.Empty, "count"));
            rows.Add(new(S, "SLA breached", severity, N(t.Breached), string.Empty, "count"));
        }

        rows.Add(Trend(S, "SLA breaches", string.Empty, f.SlaBreaches));
        rows.AddRange(f.EscalationsByStep.Select(c => Count(S, "escalations reaching step", c)));
        rows.AddRange(f.OpenByAge.Select(c => Count(S, "open by age", c)));
        rows.Add(new(S, "breaching SLA now", string.Empty, N(f.BreachingNow.Count), string.Empty, "count"));
        rows.AddRange(f.BreachingNow.Select(i => new MetricsCsvRow(S, "breaching SLA now", i.Reference + " " + i.Title, i.Why, string.Empty, "text")));
    }

    private static void Risks(List<MetricsCsvRow> rows, RiskFigures f)
    {
        const string S = "risks";
        rows.AddRange(f.OpenByBand.Select(c => Count(S, "open by score band", c)));
        rows.Add(Trend(S, "decisions", string.Empty, f.Decided));
        foreach (var (stage, time) in f.DecisionTimeByStage)
        {
            Durations(rows, S, "decision time", stage, time);
        }

        rows.Add(new(S, "expiring within 30 days", string.Empty, N(f.ExpiringSoon.Count), string.Empty, "count"));
        rows.AddRange(f.ExpiringSoon.Select(i => new MetricsCsvRow(S, "expiring within 30 days", i.Reference + " " + i.Title, i.Why, string.Empty, "text")));
        rows.Add(Trend(S, "expired without renewal", string.Empty, f.ExpiredInPeriod));
        rows.Add(new(S, "remediation overdue", string.Empty, N(f.RemediationOverdue.Count), string.Empty, "count"));
        rows.AddRange(f.RemediationOverdue.Select(i => new MetricsCsvRow(S, "remediation overdue", i.Reference + " " + i.Title, i.Why, string.Empty, "text")));
        for (var l = 1; l <= 5; l++)
        {
            for (var i = 1; i <= 5; i++)
            {
                rows.Add(new(S, "open by likelihood x impact", string.Create(CultureInfo.InvariantCulture, $"L{l} x I{i}"), N(f.HeatMap[l - 1, i - 1]), string.Empty, "count"));
            }
        }
    }

    private static void Durations(List<MetricsCsvRow> rows, string section, string figure, string dimension, DurationSummary d)
    {
        rows.Add(new(section, figure + " (count)", dimension, N(d.Count), string.Empty, "count"));
        rows.Add(new(section, figure + " (mean)", dimension, H(d.Mean), string.Empty, "hours"));
        rows.Add(new(section, figure + " (median)", dimension, H(d.Median), string.Empty, "hours"));
        rows.Add(new(section, figure + " (90th percentile)", dimension, H(d.P90), string.Empty, "hours"));
    }

    private static MetricsCsvRow Trend(string section, string figure, string dimension, Trend t) => new(section, figure, dimension, N(t.Current), N(t.Previous), "count");

    private static MetricsCsvRow Count(string section, string figure, NamedCount c) => new(section, figure, c.Name, N(c.Count), string.Empty, "count");

    private static string N(int n) => n.ToString(CultureInfo.InvariantCulture);

    /// <summary>Hours with two decimals; empty when there was nothing to measure (never zero).</summary>
    private static string H(TimeSpan? span) => span is { } s ? s.TotalHours.ToString("0.00", CultureInfo.InvariantCulture) : string.Empty;
}

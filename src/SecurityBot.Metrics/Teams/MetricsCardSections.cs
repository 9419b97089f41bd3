using System.Globalization;
using SecurityBot.Cards;

namespace SecurityBot.Metrics.Teams;

/// <summary>The incident, risk register and policy sections of <see cref="MetricsCard"/>.</summary>
internal static class MetricsCardSections
{
    public static IEnumerable<CardElement> Incidents(IncidentFigures f, IReadOnlyDictionary<string, string> reporterNames)
    {
        yield return Section("Incidents");
        yield return new FactSet(
            new Fact("Reported", MetricsFormat.Trend(f.Reported)),
            new Fact("By severity", MetricsFormat.Joined(f.BySeverity.Select(s => string.Create(CultureInfo.InvariantCulture, $"{s.Severity}: {s.Count.Current} ({s.Count.Arrow})")))),
            new Fact("By category", CardText.Escape(MetricsFormat.Counts(f.ByCategory.Take(8)))),
            new Fact("SLA breaches", MetricsFormat.Trend(f.SlaBreaches)),
            new Fact("Escalations", MetricsFormat.Counts(f.EscalationsByStep)),
            new Fact("Open by age", MetricsFormat.Counts(f.OpenByAge)),
            new Fact("Reports", string.Create(CultureInfo.InvariantCulture, $"{MetricsFormat.Trend(f.Reports)} from {f.Reporters} people")),
            new Fact("Top reporters", MetricsFormat.Joined(f.TopReporters.Take(5).Select(r =>
                string.Create(CultureInfo.InvariantCulture, $"{MetricsCard.Escaped(reporterNames.GetValueOrDefault(r.Name, r.Name))}: {r.Count}")))),
            new Fact("Campaigns", MetricsFormat.Joined(f.Clusters.Select(c => string.Create(CultureInfo.InvariantCulture, $"{c.Name} reached {c.Count} people")))))
        {
            Spacing = Spacing.Small,
        };
        yield return Times(f.Times);
    }

    public static IEnumerable<CardElement> Risks(RiskFigures f)
    {
        yield return Section("Risk register");
        yield return new FactSet(
            new Fact("Open by band", MetricsFormat.Counts(f.OpenByBand)),
            new Fact("Decisions", MetricsFormat.Trend(f.Decided)),
            new Fact("Decision time", MetricsFormat.Joined(f.DecisionTimeByStage.Select(s =>
                string.Create(CultureInfo.InvariantCulture, $"{CardText.Escape(s.Stage)} median {MetricsFormat.Duration(s.Time.Median)} (n={s.Time.Count})")))),
            new Fact("Expiring in 30 days", f.ExpiringSoon.Count.ToString(CultureInfo.InvariantCulture)),
            new Fact("Expired unrenewed", MetricsFormat.Trend(f.ExpiredInPeriod)),
            new Fact("Remediation overdue", f.RemediationOverdue.Count.ToString(CultureInfo.InvariantCulture)))
        {
            Spacing = Spacing.Small,
        };
    }

    public static IEnumerable<CardElement> Policies(PolicyFigures f)
    {
        yield return Section("Policies");
        yield return new FactSet(
            new Fact("Policies", f.Policies.ToString(CultureInfo.InvariantCulture)),
            new Fact("Overdue for review", f.OverdueForReview.Count.ToString(CultureInfo.InvariantCulture)))
        {
            Spacing = Spacing.Small,
        };
    }

    private static TextBlock Section(string title) =>
        new(title) { Weight = TextWeight.Bolder, Size = TextSize.Medium, Style = TextBlockStyle.Heading, Separator = true, Spacing = Spacing.Medium, Wrap = true };

    /// <summary>Acknowledge and close times per severity against the SLA: one row per severity that had incidents.</summary>
    private static CardElement Times(IReadOnlyList<SeverityTimes> times)
    {
        var rows = times.Where(t => t.Reported > 0).ToList();
        if (rows.Count == 0)
        {
            return new TextBlock("No incidents were reported in this period, so there are no response times.") { Wrap = true, IsSubtle = true, Size = TextSize.Small };
        }

        var table = new Table
        {
            FirstRowAsHeaders = true,
            ShowGridLines = false,
            Spacing = Spacing.Small,
            Columns =
            {
                new TableColumnDefinition(ColumnWidth.Relative(2)),
                new TableColumnDefinition(ColumnWidth.Relative(4)),
                new TableColumnDefinition(ColumnWidth.Relative(2)),
                new TableColumnDefinition(ColumnWidth.Relative(2)),
            },
            Rows = { new TableRow(Cell("Severity", true), Cell("Acknowledge mean / median / p90", true), Cell("Within SLA", true), Cell("Close median", true)) },
        };
        foreach (var t in rows)
        {
            table.Rows.Add(new TableRow(
                Cell(t.Severity.ToString()),
                Cell($"{MetricsFormat.Duration(t.Acknowledge.Mean)} / {MetricsFormat.Duration(t.Acknowledge.Median)} / {MetricsFormat.Duration(t.Acknowledge.P90)}"),
                Cell(Sla(t)),
                Cell(MetricsFormat.Duration(t.Close.Median))));
        }

        return table;
    }

    private static string Sla(SeverityTimes t) => t.Breached > 0
        ? string.Create(CultureInfo.InvariantCulture, $"{t.WithinSla} of {t.Reported}, {t.Breached} late")
        : string.Create(CultureInfo.InvariantCulture, $"{t.WithinSla} of {t.Reported}");

    private static TableCell Cell(string text, bool header = false) =>
        new(new TextBlock(text) { Size = TextSize.Small, Wrap = true, Weight = header ? TextWeight.Bolder : null });
}

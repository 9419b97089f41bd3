using System.Globalization;
using SecurityBot.Cards;

namespace SecurityBot.Metrics.Teams;

/// <summary>The digest's headline figures: one fact per line, each with its change against the previous period.</summary>
internal static class DigestFigures
{
    public static FactSet Create(SecurityMetrics figures)
    {
        ArgumentNullException.ThrowIfNull(figures);
        var incidents = figures.Incidents;
        var risks = figures.Risks;
        var reported = incidents.Times.Sum(t => t.Reported);
        var withinSla = incidents.Times.Sum(t => t.WithinSla);
        var openRisks = risks.OpenByBand.Sum(b => b.Count);
        return new FactSet(
            new Fact("Incidents reported", WithTrend(incidents.Reported)),
            new Fact("By severity", string.Join(", ", incidents.BySeverity.Select(s => Text($"{s.Severity} {s.Count.Current}")))),
            new Fact("Reports", Text($"{incidents.Reports.Current} from {incidents.Reporters} people ({incidents.Reports.Arrow})")),
            new Fact("Acknowledged within SLA", reported == 0 ? "no incidents" : Text($"{withinSla} of {reported}")),
            new Fact("SLA breaches", WithTrend(incidents.SlaBreaches)),
            new Fact("Open incidents", Text($"{incidents.OpenByAge.Sum(a => a.Count)}") + OverAWeek(incidents.OpenByAge)),
            new Fact("Open risk acceptances", Text($"{openRisks}") + Bands(risks.OpenByBand)),
            new Fact("Risk decisions", WithTrend(risks.Decided)),
            new Fact("Expired without renewal", WithTrend(risks.ExpiredInPeriod)),
            new Fact("Remediation overdue", Text($"{risks.RemediationOverdue.Count}")),
            new Fact("Policies overdue for review", Text($"{figures.Policies.OverdueForReview.Count} of {figures.Policies.Policies}")));
    }

    private static string WithTrend(Trend trend) => Text($"{trend.Current} ({trend.Arrow})");

    private static string OverAWeek(IReadOnlyList<NamedCount> byAge)
    {
        var old = byAge.Skip(2).Sum(a => a.Count);
        return old == 0 ? string.Empty : Text($", {old} older than 7 days");
    }

    private static string Bands(IReadOnlyList<NamedCount> bands)
    {
        var counted = bands.Where(b => b.Count > 0).Select(b => Text($"{b.Name} {b.Count}")).ToList();
        return counted.Count == 0 ? string.Empty : " (" + string.Join(", ", counted) + ")";
    }

    private static string Text(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}

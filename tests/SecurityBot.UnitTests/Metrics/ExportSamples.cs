using SecurityBot.Metrics.Domain;
using SecurityBot.Platform.Routing;

namespace SecurityBot.UnitTests.Metrics;

/// <summary>A whole set of figures for November 2026, with user text that a spreadsheet would run as a formula.</summary>
internal static class ExportSamples
{
    public static readonly DateTimeOffset From = new(2026, 11, 1, 0, 0, 0, TimeSpan.Zero);

    public static SecurityMetrics Metrics() => new(
        new MetricsPeriod(From, From.AddDays(30), "last 30 days"),
        From.AddDays(30),
        new IncidentFigures(
            new Trend(12, 9),
            [(IncidentSeverity.Critical, new Trend(1, 0)), (IncidentSeverity.High, new Trend(3, 4)), (IncidentSeverity.Medium, new Trend(5, 3)), (IncidentSeverity.Low, new Trend(3, 2))],
            [new NamedCount("Phishing", 7), new NamedCount("=HYPERLINK(\"http://x\")", 1)],
            new Trend(15, 10),
            11,
            [new NamedCount("user-1", 3)],
            [new NamedCount("INC-000042", 4)],
            [new SeverityTimes(IncidentSeverity.Critical, 1, DurationSummary.Of([TimeSpan.FromMinutes(90)]), DurationSummary.Empty, 0, 1)],
            new Trend(2, 1),
            [new NamedCount("Step 1", 2)],
            [new NamedCount("under 1 day", 1)],
            [new OpenItem("INC-000050", "High Malware", "SLA passed 2 h ago", From.AddDays(29))]),
        new RiskFigures(
            [new NamedCount("Critical", 1), new NamedCount("High", 2), new NamedCount("Medium", 0), new NamedCount("Low", 0)],
            new Trend(4, 6),
            [("Security review", DurationSummary.Of([TimeSpan.FromHours(10), TimeSpan.FromHours(20)]))],
            [new OpenItem("RA-000007", "+SUM(A1:A9)", "expires 2026-12-20", From.AddDays(49))],
            new Trend(1, 0),
            [],
            ChartSamples.HeatMap()),
        new PolicyFigures(5, [new OpenItem("POL-ACCESS", "@Access control", "review was due 2026-10-01 (owner: -cso)", From.AddDays(-31))]),
        ChartSamples.Weeks());
}

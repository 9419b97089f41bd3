using System.Globalization;
using SecurityBot.Metrics.Domain;
using SecurityBot.Platform.Contracts;
using SecurityBot.Platform.Routing;

namespace SecurityBot.UnitTests.Metrics;

/// <summary>Figures for card tests, computed by the real calculators from made-up facts.</summary>
internal static class MetricsSamples
{
    public const string HostileTitle = "**Urgent** <at>Priya</at> [click](https://evil.example/x) \n# heading\n1. list";

    public static readonly DateTimeOffset Now = new(2026, 11, 23, 9, 30, 0, TimeSpan.Zero);

    public static TimeZoneInfo Berlin { get; } = TimeZoneInfo.FindSystemTimeZoneById("Europe/Berlin");

    public static MetricsPeriod Last30Days => new(Now.AddDays(-30), Now, "the last 30 days");

    public static SecurityMetrics Empty() => Compute([], [], [], []);

    /// <summary>A small, readable set: one of everything that needs a decision, one hostile risk title.</summary>
    public static SecurityMetrics Small()
    {
        var incidents = new List<IncidentFact>
        {
            new("INC-000001", "phishing", IncidentSeverity.High, Now.AddDays(-3), Now.AddDays(-3).AddHours(1), Now.AddDays(-3).AddMinutes(20), Now.AddDays(-2), false, 0, 3),
            new("INC-000002", "malware", IncidentSeverity.Critical, Now.AddHours(-5), Now.AddHours(-4), null, null, false, 2, 1),
        };
        var reports = new List<IncidentReportFact>
        {
            new("INC-000001", "a", Now.AddDays(-3)), new("INC-000001", "b", Now.AddDays(-3).AddHours(1)), new("INC-000001", "c", Now.AddDays(-3).AddHours(2)),
            new("INC-000002", "a", Now.AddHours(-5)),
        };
        var risks = new List<RiskFact>
        {
            new("RA-000001", HostileTitle, 4, 5, "Critical", RiskRegisterStatus.Accepted, Now.AddDays(-100), Now.AddDays(10), null,
                [new RiskDecisionFact(1, 0, "Security review", Now.AddDays(-20), true), new RiskDecisionFact(1, 1, "CSO approval", Now.AddDays(-19), true)]),
            new("RA-000002", "Old VPN appliance", 2, 3, "Medium", RiskRegisterStatus.Expired, Now.AddDays(-400), Now.AddDays(-5), Now.AddDays(-5), []),
        };
        var policies = new List<PolicyReviewFact> { new("POL-007", "Passwords & <b>MFA</b>", "3", "ciso@contoso.example", new DateOnly(2026, 10, 1)) };
        return Compute(incidents, reports, risks, policies);
    }

    /// <summary>Every list long: hundreds of incidents, risks expiring and overdue, dozens of overdue policies.</summary>
    public static SecurityMetrics Large()
    {
        var severities = Enum.GetValues<IncidentSeverity>();
        var incidents = Enumerable.Range(1, 2000).Select(i =>
        {
            var at = Now.AddMinutes(-i * 41);
            return new IncidentFact(Number(i), "category-" + (i % 15).ToString(CultureInfo.InvariantCulture), severities[i % severities.Length], at, at.AddHours(4),
                i % 3 == 0 ? null : at.AddMinutes(i % 500), i % 4 == 0 ? null : at.AddDays(2), i % 7 == 0, i % 5, 1 + (i % 9));
        }).ToList();
        var reports = incidents.SelectMany((incident, i) => Enumerable.Range(0, incident.ReportCount)
            .Select(r => new IncidentReportFact(incident.Number, "reporter-" + ((i + r) % 300).ToString(CultureInfo.InvariantCulture), incident.ReportedAt.AddMinutes(r)))).ToList();
        var risks = Enumerable.Range(1, 500).Select(i => new RiskFact(
            "RA-" + i.ToString("000000", CultureInfo.InvariantCulture), HostileTitle + new string('x', 300), 1 + (i % 5), 1 + (i / 5 % 5), "High",
            i % 2 == 0 ? RiskRegisterStatus.Accepted : RiskRegisterStatus.Expired, Now.AddDays(-60), Now.AddDays((i % 50) - 20), i % 2 == 0 ? null : Now.AddDays(-(i % 20)),
            [new RiskDecisionFact(1, 0, "Security review", Now.AddDays(-(i % 30)), true)])).ToList();
        var policies = Enumerable.Range(1, 60).Select(i => new PolicyReviewFact(
            "POL-" + i.ToString("000", CultureInfo.InvariantCulture), HostileTitle, "1", "owner@contoso.example", new DateOnly(2025, 1, 1).AddDays(i))).ToList();
        return Compute(incidents, reports, risks, policies);
    }

    private static string Number(int i) => "INC-" + i.ToString("000000", CultureInfo.InvariantCulture);

    private static SecurityMetrics Compute(List<IncidentFact> incidents, List<IncidentReportFact> reports, List<RiskFact> risks, List<PolicyReviewFact> policies)
    {
        var period = Last30Days;
        return new SecurityMetrics(period, Now,
            IncidentMetrics.Compute(incidents, reports, period),
            RiskMetrics.Compute(risks, period),
            PolicyMetrics.Compute(policies, DateOnly.FromDateTime(Now.UtcDateTime)),
            WeeklySeries.Compute(incidents, period, Berlin));
    }
}

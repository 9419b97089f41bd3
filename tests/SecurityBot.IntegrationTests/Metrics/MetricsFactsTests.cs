using Microsoft.Extensions.DependencyInjection;
using SecurityBot.Incidents.Domain;
using SecurityBot.IntegrationTests.Incidents;
using SecurityBot.IntegrationTests.RiskAcceptances;
using SecurityBot.Metrics;
using SecurityBot.Metrics.Application;
using SecurityBot.Metrics.Domain;
using SecurityBot.Platform.Contracts;
using SecurityBot.Platform.Persistence;
using SecurityBot.Platform.Routing;
using static SecurityBot.IntegrationTests.RiskAcceptances.RiskPeople;

namespace SecurityBot.IntegrationTests.Metrics;

public sealed class SqliteMetricsFactsTests() : MetricsFactsTests(DatabaseProvider.Sqlite);

public sealed class PostgresMetricsFactsTests() : MetricsFactsTests(DatabaseProvider.PostgreSQL);

/// <summary>
/// The capabilities' fact contracts on a real database, fed by the real use cases (reports, triage, requests,
/// decisions), and the one query service over them.
/// </summary>
public abstract class MetricsFactsTests(DatabaseProvider provider)
{
    [Fact]
    public async Task IncidentFacts_ReportedAcknowledgedAndLinked_InstantsSlaAndReportsAsRecorded()
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var host = await IncidentTestHost.CreateAsync(database, services: s => s.AddSecurityMetrics());
        var start = host.Clock.GetUtcNow();
        var critical = (await host.ReportAsync(DemoPeople.Alex, "ransomware", "All my files are encrypted and there is a ransom note")).Incident!;
        host.Clock.Advance(TimeSpan.FromMinutes(10));
        await host.TriageAsync(DemoPeople.Jin, critical.Number, 1, TriageAction.Acknowledge);
        host.Clock.Advance(TimeSpan.FromMinutes(5));
        await host.ReportAsync(DemoPeople.Alex, "lost-device", "I left my laptop on the train");
        var end = host.Clock.GetUtcNow().AddMinutes(1);

        var facts = await host.InScopeAsync(sp => sp.GetRequiredService<IIncidentFacts>().OverlappingAsync(start, end, CancellationToken.None));
        var reports = await host.InScopeAsync(sp => sp.GetRequiredService<IIncidentFacts>().ReportsAsync(start, end, CancellationToken.None));

        facts.Should().HaveCount(2);
        var fact = facts.Single(f => f.Number == critical.DisplayNumber);
        fact.Should().Be(new IncidentFact(critical.DisplayNumber, "ransomware", IncidentSeverity.Critical, start, start.AddMinutes(15),
            start.AddMinutes(10), null, false, 0, 1), "the Critical SLA is 15 wall-clock minutes from the first report");
        reports.Should().HaveCount(2).And.OnlyContain(r => r.ReporterId == DemoPeople.Alex.Id);
        (await host.InScopeAsync(sp => sp.GetRequiredService<IIncidentFacts>().OverlappingAsync(end, end.AddDays(1), CancellationToken.None)))
            .Should().HaveCount(2, "both are still open after the window");
        (await host.InScopeAsync(sp => sp.GetRequiredService<IIncidentFacts>().ReportsAsync(end, end.AddDays(1), CancellationToken.None)))
            .Should().BeEmpty();
    }

    [Fact]
    public async Task ComputeAsync_AfterRealReports_FiguresFromTheDatabase()
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var host = await IncidentTestHost.CreateAsync(database, services: s => s.AddSecurityMetrics());
        var start = host.Clock.GetUtcNow();
        var critical = (await host.ReportAsync(DemoPeople.Alex, "ransomware", "All my files are encrypted and there is a ransom note")).Incident!;
        host.Clock.Advance(TimeSpan.FromMinutes(20));
        await host.TriageAsync(DemoPeople.Jin, critical.Number, 1, TriageAction.Acknowledge);
        var period = new MetricsPeriod(start, host.Clock.GetUtcNow().AddMinutes(1), "test");

        var metrics = await host.InScopeAsync(sp => sp.GetRequiredService<MetricsQueryService>().ComputeAsync(period, TimeZoneInfo.Utc, CancellationToken.None));

        metrics.Incidents.Reported.Should().Be(new Trend(1, 0));
        var times = metrics.Incidents.Times.Single(t => t.Severity == IncidentSeverity.Critical);
        times.Acknowledge.Median.Should().Be(TimeSpan.FromMinutes(20));
        times.WithinSla.Should().Be(0);
        times.Breached.Should().Be(1, "20 minutes is past the 15-minute Critical SLA");
        metrics.Risks.OpenByBand.Should().OnlyContain(b => b.Count == 0, "no risk acceptances capability in this host");
        metrics.Policies.Policies.Should().Be(0);
    }

    [Fact]
    public async Task RiskFacts_RequestedAndDecided_RegisterWithBandAndDecisions()
    {
        await using var h = await RiskAcceptanceHarness.CreateAsync(provider, services: s => s.AddSecurityMetrics());
        var reference = (await h.RequestAsync(Engineer)).Risk!.Reference;
        h.Clock.Advance(TimeSpan.FromHours(3));
        await h.ApproveCurrentAsync(Manager, reference);

        var register = await h.InScopeAsync(sp => sp.GetRequiredService<IRiskFacts>().RegisterAsync(CancellationToken.None));

        var risk = register.Should().ContainSingle().Subject;
        risk.Reference.Should().Be(reference);
        risk.Status.Should().Be(RiskRegisterStatus.PendingApproval, "the CSO has not decided yet");
        risk.Band.Should().Be(risk.Score switch { <= 3 => "Low", <= 6 => "Medium", <= 12 => "High", _ => "Critical" });
        risk.Decisions.Should().ContainSingle().Which.Should().Match<RiskDecisionFact>(d => d.Approved && d.StageIndex == 0 && d.Round == 1);
        (risk.Decisions[0].At - risk.SubmittedAt!.Value).Should().Be(TimeSpan.FromHours(3));
        var reviews = await h.InScopeAsync(sp => Task.FromResult(sp.GetRequiredService<IPolicyReviews>().Reviews));
        reviews.Should().NotBeEmpty("the shipped policies all have review dates");
    }
}

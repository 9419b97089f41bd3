using SecurityBot.Incidents.Domain;
using SecurityBot.Platform.Persistence;
using SecurityBot.Platform.Timers;
using SecurityBot.Platform.Results;

namespace SecurityBot.IntegrationTests.Incidents;

public sealed class SqliteIncidentEscalationTests() : IncidentEscalationTests(DatabaseProvider.Sqlite);

public sealed class PostgresIncidentEscalationTests() : IncidentEscalationTests(DatabaseProvider.PostgreSQL);

/// <summary>The escalation chain driven by the durable timers and a manual clock.</summary>
public abstract class IncidentEscalationTests(DatabaseProvider provider)
{
    [Fact]
    public async Task UnacknowledgedCritical_EscalatesToLeadThenCsoOnTimeAndStopsAtTheTop()
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var host = await IncidentTestHost.CreateAsync(database);
        var incident = (await host.ReportAsync(DemoPeople.Alex, "ransomware", "All my files are encrypted and there is a ransom note")).Incident!;
        incident.Severity.Should().Be(SecurityBot.Platform.Routing.IncidentSeverity.Critical);

        host.Clock.Advance(TimeSpan.FromMinutes(15) - TimeSpan.FromSeconds(1));
        (await host.FireDueTimersAsync()).Should().Be(0, "the Critical SLA is 15 minutes: one second before it, nothing");
        (await host.LoadAsync(incident.Number))!.EscalationStep.Should().Be(0);

        host.Clock.Advance(TimeSpan.FromSeconds(1));
        (await host.FireDueTimersAsync()).Should().Be(1, "at the SLA the first step fires");
        var afterFirst = await host.LoadAsync(incident.Number);
        afterFirst!.EscalationStep.Should().Be(1);
        afterFirst.Timeline.Last().Should().Match<TimelineEntry>(e => e.Kind == TimelineEventKind.Escalated && e.Text.Contains("Tomas Herrera"));
        (await host.OutboxAsync()).Should().Contain(m => m.RecipientAadObjectId == DemoPeople.TomasLead.Id && m.IdempotencyKey.Contains("escalation1", StringComparison.Ordinal));
        (await host.OutboxAsync()).Should().Contain(m => m.RecipientAadObjectId == DemoPeople.MeganManager && m.IdempotencyKey.Contains("escalation1:manager", StringComparison.Ordinal),
            "the reporter's manager hears of a Critical escalation");

        host.Clock.Advance(TimeSpan.FromMinutes(15) - TimeSpan.FromSeconds(1));
        (await host.FireDueTimersAsync()).Should().Be(0, "the next step comes a full SLA later, not a second sooner");
        (await host.LoadAsync(incident.Number))!.EscalationStep.Should().Be(1);
        host.Clock.Advance(TimeSpan.FromSeconds(1));
        (await host.FireDueTimersAsync()).Should().Be(1);
        var afterSecond = await host.LoadAsync(incident.Number);
        afterSecond!.EscalationStep.Should().Be(2);
        afterSecond.Timeline.Last().Text.Should().Contain("Priya Raman");
        (await host.OutboxAsync()).Should().Contain(m => m.RecipientAadObjectId == DemoPeople.PriyaCso.Id && m.IdempotencyKey.Contains("escalation2", StringComparison.Ordinal)
                                                         && m.ActivityJson.Contains("incident.acknowledge", StringComparison.Ordinal), "the CSO may act on it");

        host.Clock.Advance(TimeSpan.FromHours(2));
        (await host.FireDueTimersAsync()).Should().Be(0, "the CSO is the top of the chain");
        (await host.TimersAsync()).Should().NotContain(t => t.Status == TimerStatus.Scheduled);
    }

    [Fact]
    public async Task AcknowledgedBeforeTheSla_NeverEscalates()
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var host = await IncidentTestHost.CreateAsync(database);
        var incident = (await host.ReportAsync(DemoPeople.Alex, "ransomware", "All my files are encrypted and there is a ransom note")).Incident!;
        host.Clock.Advance(TimeSpan.FromMinutes(10));
        await host.TriageAsync(DemoPeople.Jin, incident.Number, 1, TriageAction.Acknowledge);

        host.Clock.Advance(TimeSpan.FromHours(1));
        (await host.FireDueTimersAsync()).Should().Be(0);

        var stored = await host.LoadAsync(incident.Number);
        stored!.EscalationStep.Should().Be(0);
        stored.Timeline.Should().NotContain(e => e.Kind == TimelineEventKind.Escalated);
    }

    [Fact]
    public async Task MediumReportedFridayEvening_EscalatesInBusinessHoursOnly()
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var host = await IncidentTestHost.CreateAsync(database);
        host.Clock.Advance(new DateTimeOffset(2026, 3, 6, 16, 0, 0, TimeSpan.Zero) - host.Clock.GetUtcNow());
        await host.ReportAsync(DemoPeople.Alex, "phishing", "Email from billing@evil-pay.example asks me to confirm my password");

        host.Clock.Advance(TimeSpan.FromHours(60)); // Monday 04:00
        (await host.FireDueTimersAsync()).Should().Be(0);
        host.Clock.Advance(TimeSpan.FromHours(8) - TimeSpan.FromSeconds(1)); // Monday 11:59:59: one business second short
        (await host.FireDueTimersAsync()).Should().Be(0, "the 4 business hours are 1 h on Friday and 3 h on Monday, ending at 12:00");
        host.Clock.Advance(TimeSpan.FromSeconds(1)); // Monday 12:00: 1 h on Friday + 3 h on Monday
        (await host.FireDueTimersAsync()).Should().Be(1);
    }

    [Fact]
    public async Task ManualEscalate_ClimbsOneStepAtOnceAndReschedules()
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var host = await IncidentTestHost.CreateAsync(database);
        var incident = (await host.ReportAsync(DemoPeople.Alex, "malware", "A pop-up says my laptop has a virus")).Incident!;

        var result = await host.TriageAsync(DemoPeople.Jin, incident.Number, 1, TriageAction.Escalate);

        result.Status.Should().Be(UseCaseStatus.Succeeded);
        var stored = await host.LoadAsync(incident.Number);
        stored!.EscalationStep.Should().Be(1);
        stored.Timeline.Last().Text.Should().Contain("escalated by Jin Park");
        (await host.TimersAsync()).Should().ContainSingle(t => t.Status == TimerStatus.Scheduled)
            .Which.PayloadJson.Should().Contain("2");
    }
}

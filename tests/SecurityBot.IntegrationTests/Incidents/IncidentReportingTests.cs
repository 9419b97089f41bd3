using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SecurityBot.Incidents.Domain;
using SecurityBot.Platform.Notifications;
using SecurityBot.Platform.Routing;
using SecurityBot.Platform.Persistence;
using SecurityBot.Platform.Timers;
using SecurityBot.Platform.Results;

namespace SecurityBot.IntegrationTests.Incidents;

public sealed class SqliteIncidentReportingTests() : IncidentReportingTests(DatabaseProvider.Sqlite);

public sealed class PostgresIncidentReportingTests() : IncidentReportingTests(DatabaseProvider.PostgreSQL);

/// <summary>Reporting on a real database: one unit of work, validation, correlation of related reports.</summary>
public abstract class IncidentReportingTests(DatabaseProvider provider)
{
    private const string PhishingText = "Email from billing@evil-pay.example asks me to confirm my password at https://evil-pay.example/login";

    [Fact]
    public async Task Report_ValidPhishing_SavesIncidentTimelineCardsAndEscalationTimerTogether()
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var host = await IncidentTestHost.CreateAsync(database);

        var result = await host.ReportAsync(DemoPeople.Alex, "phishing", PhishingText);

        result.Succeeded.Should().BeTrue();
        result.Incident!.DisplayNumber.Should().Be("INC-000001");
        var incident = await host.LoadAsync(1);
        incident!.Severity.Should().Be(IncidentSeverity.Medium);
        incident.Status.Should().Be(IncidentStatus.New);
        incident.Timeline.Should().ContainSingle(e => e.Kind == TimelineEventKind.Reported && e.ActorId == DemoPeople.Alex.Id);
        incident.Indicators.Select(i => i.Value).Should().Contain(["billing@evil-pay.example", "https://evil-pay.example/login", "evil-pay.example"]);

        var outbox = await host.OutboxAsync();
        outbox.Should().OnlyContain(m => m.EntityType == Incident.EntityType && m.EntityId == "INC-000001" && m.EntityVersion == 1);
        outbox.Select(m => m.RecipientAadObjectId).Should().Contain(DemoPeople.SecurityTeam.Select(p => p.Id), "the security team gets triage cards")
            .And.Contain(DemoPeople.Alex.Id, "the reporter gets a confirmation")
            .And.NotContain(DemoPeople.MeganManager, "managers hear of High and Critical incidents only (Routing:ManagerFromSeverity)");
        outbox.Select(m => m.IdempotencyKey).Should().OnlyHaveUniqueItems();
        outbox.Single(m => m.RecipientAadObjectId == DemoPeople.Jin.Id).ActivityJson.Should().Contain("incident.acknowledge", "responders get the buttons");
        outbox.Single(m => m.RecipientAadObjectId == DemoPeople.Alex.Id).ActivityJson.Should().Contain("Report received");
        outbox.Should().NotContain(m => m.ActivityJson.Contains("https://evil-pay.example", StringComparison.Ordinal), "indicators are defanged on every card");

        var timer = (await host.TimersAsync()).Should().ContainSingle().Subject;
        timer.Kind.Should().Be("incident.escalation");
        timer.EntityId.Should().Be("INC-000001");
        timer.DueAt.Should().Be(host.Clock.GetUtcNow().AddHours(4), "Medium: 4 business hours, Monday 10:00 → 14:00");
    }

    [Fact]
    public async Task Report_InvalidInput_ClearErrorsAndNothingSaved()
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var host = await IncidentTestHost.CreateAsync(database);

        var result = await host.ReportAsync(DemoPeople.Alex, "not-a-category", "short");

        result.Succeeded.Should().BeFalse();
        result.Status.Should().Be(UseCaseStatus.Invalid);
        result.Errors.Select(e => e.Field).Should().Equal("category", "description");
        (await host.CountAsync<Incident>()).Should().Be(0);
        (await host.CountAsync<TimelineEntry>()).Should().Be(0);
        (await host.CountAsync<OutboxMessage>()).Should().Be(0);
        (await host.CountAsync<ScheduledTimer>()).Should().Be(0);
    }

    [Fact]
    public async Task Report_SameSenderByThreePeople_LinkedToFirstSeverityRaisedEveryoneConfirmed()
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var host = await IncidentTestHost.CreateAsync(database);

        var first = await host.ReportAsync(DemoPeople.Alex, "phishing", PhishingText);
        host.Clock.Advance(TimeSpan.FromMinutes(5));
        var second = await host.ReportAsync(DemoPeople.Isaiah, "phishing", "Odd mail from BILLING@evil-pay.example about an invoice");
        host.Clock.Advance(TimeSpan.FromMinutes(5));
        var third = await host.ReportAsync(DemoPeople.Oliver, "other", "Got something from hxxps://evil-pay[.]example/login asking to sign in");

        second.LinkedToExisting.Should().BeTrue();
        third.LinkedToExisting.Should().BeTrue();
        third.Incident!.Number.Should().Be(first.Incident!.Number);
        (await host.CountAsync<Incident>()).Should().Be(1);
        var incident = await host.LoadAsync(first.Incident.Number);
        incident!.ReportCount.Should().Be(3);
        incident.Severity.Should().Be(IncidentSeverity.High, "three reporters raise Medium one step");
        incident.Timeline.Select(e => e.Kind).Should().Contain([TimelineEventKind.RelatedReport, TimelineEventKind.SeverityRaised]);
        incident.AcknowledgeBy.Should().Be(incident.ReportedAt.AddHours(1), "the High SLA (1 h) now counts from the first report");
        var outbox = await host.OutboxAsync();
        foreach (var reporter in new[] { DemoPeople.Alex, DemoPeople.Isaiah, DemoPeople.Oliver })
        {
            outbox.Should().Contain(m => m.RecipientAadObjectId == reporter.Id && m.ActivityJson.Contains("Report received", StringComparison.Ordinal),
                $"{reporter.Name} gets a confirmation");
        }

        outbox.Should().Contain(m => m.RecipientAadObjectId == DemoPeople.TomasLead.Id && m.IdempotencyKey.Contains(":card:", StringComparison.Ordinal));
        (await host.TimersAsync()).Where(t => t.Status == TimerStatus.Scheduled).Should().ContainSingle()
            .Which.DueAt.Should().Be(incident.ReportedAt.AddHours(1));
    }

    [Fact]
    public async Task Report_SameMailByFourPeopleAtTheSameMoment_OneIncidentWithFourReports()
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var first = await IncidentTestHost.CreateAsync(database);
        // PostgreSQL deployments can run several instances: half the reports go through a second one. SQLite is one process.
        await using var other = provider == DatabaseProvider.PostgreSQL ? await IncidentTestHost.CreateAsync(database) : null;
        var second = other ?? first;
        IncidentActor[] reporters = [DemoPeople.Alex, DemoPeople.Isaiah, DemoPeople.Chloe, DemoPeople.Oliver];
        using var start = new ManualResetEventSlim();

        var reports = reporters.Select((reporter, i) => Task.Run(async () =>
        {
            start.Wait();
            return await (i % 2 == 0 ? first : second).ReportAsync(reporter, "phishing", PhishingText);
        })).ToList();
        start.Set();
        var results = await Task.WhenAll(reports);

        (await first.CountAsync<Incident>()).Should().Be(1, "the first report opens the incident and the others find it");
        results.Count(r => !r.LinkedToExisting).Should().Be(1);
        (await first.LoadAsync(results[0].Incident!.Number))!.ReportCount.Should().Be(4);
    }

    [Fact]
    public async Task Report_SharedIndicatorOutsideTheWindow_OpensANewIncident()
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var host = await IncidentTestHost.CreateAsync(database);

        await host.ReportAsync(DemoPeople.Alex, "phishing", PhishingText);
        host.Clock.Advance(TimeSpan.FromMinutes(61));
        var later = await host.ReportAsync(DemoPeople.Isaiah, "phishing", PhishingText);

        later.LinkedToExisting.Should().BeFalse();
        later.Incident!.DisplayNumber.Should().Be("INC-000002");
    }

    [Fact]
    public async Task Report_OnlyTheOrganisationsOwnDomainInCommon_NotLinked()
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var host = await IncidentTestHost.CreateAsync(database);

        await host.ReportAsync(DemoPeople.Alex, "lost-device", "I lost my laptop, my account is alexw@example.com");
        var other = await host.ReportAsync(DemoPeople.Isaiah, "lost-device", "My phone was stolen, it has isaiah@example.com on it");

        other.LinkedToExisting.Should().BeFalse("example.com is in Incidents:CorrelationIgnoredDomains");
    }

    [Fact]
    public async Task Report_ExecutiveReporter_RaisesSeverityAndReachesMorePeople()
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var host = await IncidentTestHost.CreateAsync(database);
        var cfo = new IncidentActor("889d613f-4add-4fe6-8dd0-ef3c4ef87637", "Henrik Sorensen");

        var result = await host.ReportAsync(cfo, "phishing", "Urgent wire transfer request from ceo@evil.example, looks fake", clicked: true);

        result.Incident!.Severity.Should().Be(IncidentSeverity.Critical, "Medium +1 clicked +1 executive (also a risk approver)");
        (await host.OutboxAsync()).Should().Contain(m => m.RecipientAadObjectId == DemoPeople.PriyaCso.Id, "Critical reaches the CSO");
    }

    [Fact]
    public async Task Report_ShownCardLocation_RecordedAsTheReportersCopyInsteadOfANewMessage()
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var host = await IncidentTestHost.CreateAsync(database);

        await host.ReportAsync(DemoPeople.Alex, "phishing", PhishingText, shown: new CardLocation("a:alex", "form-activity", "https://smba.example.test/", DemoPeople.Alex.Id));

        (await host.OutboxAsync()).Should().NotContain(m => m.RecipientAadObjectId == DemoPeople.Alex.Id);
        (await host.CountAsync<CardCopy>()).Should().Be(1);
        var copy = await host.InScopeAsync(sp => sp.GetRequiredService<SecurityBotDbContext>().Set<CardCopy>().AsNoTracking().SingleAsync());
        copy.RecipientAadObjectId.Should().Be(DemoPeople.Alex.Id);
        copy.ActivityId.Should().Be("form-activity");
    }
}

using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SecurityBot.Incidents.Application;
using SecurityBot.Incidents.Domain;
using SecurityBot.Platform.Audit;
using SecurityBot.Platform.Contracts;
using SecurityBot.Platform.Persistence;
using SecurityBot.Platform.Results;
using SecurityBot.Platform.Routing;
using SecurityBot.Platform.Timers;

namespace SecurityBot.IntegrationTests.Incidents;

public sealed class SqliteIncidentActionsTests() : IncidentActionsTests(DatabaseProvider.Sqlite);

public sealed class PostgresIncidentActionsTests() : IncidentActionsTests(DatabaseProvider.PostgreSQL);

/// <summary>
/// <see cref="IIncidentActions"/> as another capability (a crisis room's chat) uses it: the triage card's authorization,
/// assigning someone else, changing the severity, and the same audit, reporter notices and escalation timers.
/// </summary>
public abstract class IncidentActionsTests(DatabaseProvider provider)
{
    private const string PhishingText = "Email from billing@evil-pay.example asks me to confirm my password";

    // Monday 2026-03-02 10:00 UTC, the test host's clock at creation.
    private static readonly DateTimeOffset T0 = new(2026, 3, 2, 10, 0, 0, TimeSpan.Zero);

    [Fact]
    public void Registration_IncidentActions_IsTheIncidentsCapabilitysScopedImplementation()
    {
        var services = new ServiceCollection();
        SecurityBot.Incidents.IncidentsModule.AddIncidents(services);

        services.Should().ContainSingle(d => d.ServiceType == typeof(IIncidentActions))
            .Which.Should().Match<ServiceDescriptor>(d => d.ImplementationType == typeof(IncidentActions) && d.Lifetime == ServiceLifetime.Scoped);
    }

    [Fact]
    public async Task ActAsync_NonResponder_NotFoundLikeAMissingNumberAndNothingChanges()
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var host = await IncidentTestHost.CreateAsync(database);
        var incident = (await host.ReportAsync(DemoPeople.Alex, "phishing", PhishingText)).Incident!;
        var outboxBefore = (await host.OutboxAsync()).Count;
        var auditBefore = await host.CountAsync<AuditEntry>();

        var forged = await host.ActAsync(DemoPeople.Diego, incident.DisplayNumber, IncidentCommand.Resolve, "nothing to see");
        var reporter = await host.ActAsync(DemoPeople.Alex, incident.DisplayNumber, IncidentCommand.ChangeSeverity, severity: IncidentSeverity.Low);
        var missing = await host.ActAsync(DemoPeople.Diego, "INC-000777", IncidentCommand.Resolve, "nothing to see");

        forged.Should().Match<IncidentActionResult>(r => r.Status == UseCaseStatus.NotFound && r.Incident == null);
        missing.Status.Should().Be(UseCaseStatus.NotFound);
        forged.Message.Should().Be(missing.Message.Replace("INC-000777", incident.DisplayNumber, StringComparison.Ordinal),
            "someone who may not see an incident is answered as for a number that does not exist");
        reporter.Should().Match<IncidentActionResult>(r => r.Status == UseCaseStatus.Forbidden && r.Incident == null,
            "a reporter knows their incident exists, and is told why nothing changed without seeing more");
        var stored = await host.LoadAsync(incident.Number);
        stored!.Status.Should().Be(IncidentStatus.New);
        stored.Severity.Should().Be(IncidentSeverity.Medium);
        stored.Version.Should().Be(1);
        (await host.OutboxAsync()).Should().HaveCount(outboxBefore);
        (await host.CountAsync<AuditEntry>()).Should().Be(auditBefore);
    }

    [Theory]
    [InlineData("INC-000777")]
    [InlineData("not a number")]
    [InlineData("")]
    public async Task ActAsync_UnknownOrMalformedNumber_NotFoundWithoutNamingAnyIncident(string number)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var host = await IncidentTestHost.CreateAsync(database);
        var incident = (await host.ReportAsync(DemoPeople.Alex, "phishing", PhishingText)).Incident!;

        var result = await host.ActAsync(DemoPeople.Jin, number, IncidentCommand.Acknowledge);

        result.Status.Should().Be(UseCaseStatus.NotFound);
        result.Incident.Should().BeNull();
        result.Message.Should().NotContain(incident.DisplayNumber).And.NotContain("not a number");
        (await host.LoadAsync(incident.Number))!.Version.Should().Be(1);
    }

    [Fact]
    public async Task ActAsync_AssignToAResponder_AssignedByTheActorTimelineNamesBothAuditedAndTheReporterTold()
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var host = await IncidentTestHost.CreateAsync(database);
        var incident = (await host.ReportAsync(DemoPeople.Alex, "phishing", PhishingText)).Incident!;

        var result = await host.ActAsync(DemoPeople.Jin, incident.DisplayNumber, IncidentCommand.Assign, assigneeId: DemoPeople.Amara.Id);

        result.Status.Should().Be(UseCaseStatus.Succeeded, result.Message);
        result.Message.Should().Be("INC-000001 is assigned to Amara Nwosu.");
        result.Incident!.Should().Match<IncidentSnapshot>(s => s.AssigneeId == DemoPeople.Amara.Id && s.AcknowledgedById == DemoPeople.Jin.Id
                                                                && s.Stage == IncidentStage.Investigating && s.Version == 2);
        var stored = await host.LoadAsync(incident.Number);
        stored!.Timeline.Last().Should().Match<TimelineEntry>(e => e.Kind == TimelineEventKind.Assigned && e.ActorId == DemoPeople.Jin.Id
                                                                   && e.Text == "Assigned to Amara Nwosu by Jin Park; investigating");
        var audit = await host.InScopeAsync(sp => sp.GetRequiredService<SecurityBotDbContext>().Set<AuditEntry>().AsNoTracking()
            .Where(e => e.Action == "assigned").ToListAsync());
        audit.Should().ContainSingle().Which.Should().Match<AuditEntry>(e => e.ActorId == DemoPeople.Jin.Id && e.Details!.Contains(DemoPeople.Amara.Id));
        (await host.OutboxAsync()).Should().ContainSingle(m => m.RecipientAadObjectId == DemoPeople.Alex.Id && m.IdempotencyKey.Contains("reporter-update", StringComparison.Ordinal))
            .Which.ActivityJson.Should().Contain("Amara Nwosu from the security team is looking into your report");
        (await host.TimersAsync()).Should().OnlyContain(t => t.Status == TimerStatus.Cancelled, "the escalation stops once someone has it");
    }

    [Fact]
    public async Task ActAsync_AssignToSomeoneWhoCannotTriage_RefusedClearlyAndNothingChanges()
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var host = await IncidentTestHost.CreateAsync(database);
        var incident = (await host.ReportAsync(DemoPeople.Alex, "phishing", PhishingText)).Incident!;
        var outboxBefore = (await host.OutboxAsync()).Count;

        var result = await host.ActAsync(DemoPeople.Jin, incident.DisplayNumber, IncidentCommand.Assign, assigneeId: DemoPeople.Diego.Id);
        var nobody = await host.ActAsync(DemoPeople.Jin, incident.DisplayNumber, IncidentCommand.Assign);

        result.Status.Should().Be(UseCaseStatus.Refused);
        result.Message.Should().Be("Nothing changed: Diego Alvarez cannot be assigned incidents — only the security team and incident responders can.");
        result.Incident!.Version.Should().Be(1, "a responder sees the incident as it stands");
        nobody.Status.Should().Be(UseCaseStatus.Refused);
        nobody.Message.Should().Be("Say who to assign the incident to.");
        var stored = await host.LoadAsync(incident.Number);
        stored!.Version.Should().Be(1);
        stored.AssigneeId.Should().BeNull();
        (await host.OutboxAsync()).Should().HaveCount(outboxBefore);
    }

    [Fact]
    public async Task ActAsync_RaiseSeverityWhileNew_DeadlineAndEscalationMoveForwardAndTheNewSeverityReachesMorePeople()
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var host = await IncidentTestHost.CreateAsync(database);
        var incident = (await host.ReportAsync(DemoPeople.Alex, "phishing", PhishingText)).Incident!;
        (await host.TimersAsync()).Should().ContainSingle(t => t.Status == TimerStatus.Scheduled).Which.DueAt.Should().Be(T0.AddHours(4));
        (await host.OutboxAsync()).Should().NotContain(m => m.RecipientAadObjectId == DemoPeople.PriyaCso.Id);
        host.Clock.Advance(TimeSpan.FromMinutes(5));

        var result = await host.ActAsync(DemoPeople.Jin, incident.DisplayNumber, IncidentCommand.ChangeSeverity, severity: IncidentSeverity.Critical);

        result.Status.Should().Be(UseCaseStatus.Succeeded, result.Message);
        result.Message.Should().Be("INC-000001 is now Critical.");
        var stored = await host.LoadAsync(incident.Number);
        stored!.Severity.Should().Be(IncidentSeverity.Critical);
        stored.AcknowledgeBy.Should().Be(T0.AddMinutes(15), "Critical's 15 minutes count from the report");
        stored.Timeline.Last().Text.Should().Be("Severity raised from Medium to Critical by Jin Park");
        (await host.TimersAsync()).Where(t => t.Status == TimerStatus.Scheduled).Should().ContainSingle()
            .Which.Should().Match<ScheduledTimer>(t => t.Kind == IncidentEscalator.TimerKind && t.DueAt == T0.AddMinutes(15));
        (await host.OutboxAsync()).Should().Contain(m => m.RecipientAadObjectId == DemoPeople.PriyaCso.Id && m.IdempotencyKey.EndsWith($":card:{DemoPeople.PriyaCso.Id}", StringComparison.Ordinal),
            "the CSO hears of Critical incidents (Routing:CsoFromSeverity)");
        (await host.InScopeAsync(sp => sp.GetRequiredService<SecurityBotDbContext>().Set<AuditEntry>().AsNoTracking().CountAsync(e => e.Action == "severity-changed")))
            .Should().Be(1);

        host.Clock.Advance(TimeSpan.FromMinutes(10));
        (await host.FireDueTimersAsync()).Should().Be(1, "unacknowledged at the Critical deadline, it escalates");
        (await host.LoadAsync(incident.Number))!.EscalationStep.Should().Be(1);
    }

    [Fact]
    public async Task ActAsync_LowerSeverity_KeepsThePromisedDeadlineAndTheSameSeverityIsRefused()
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var host = await IncidentTestHost.CreateAsync(database);
        var incident = (await host.ReportAsync(DemoPeople.Alex, "phishing", PhishingText)).Incident!;

        var lowered = await host.ActAsync(DemoPeople.Jin, incident.DisplayNumber, IncidentCommand.ChangeSeverity, severity: IncidentSeverity.Low);
        var again = await host.ActAsync(DemoPeople.Amara, incident.DisplayNumber, IncidentCommand.ChangeSeverity, severity: IncidentSeverity.Low);
        var none = await host.ActAsync(DemoPeople.Amara, incident.DisplayNumber, IncidentCommand.ChangeSeverity);

        lowered.Status.Should().Be(UseCaseStatus.Succeeded);
        again.Should().Match<IncidentActionResult>(r => r.Status == UseCaseStatus.Refused && r.Message == "Nothing changed: INC-000001 is already Low.");
        none.Should().Match<IncidentActionResult>(r => r.Status == UseCaseStatus.Refused && r.Message == "Say which severity: Low, Medium, High or Critical.");
        var stored = await host.LoadAsync(incident.Number);
        stored!.Severity.Should().Be(IncidentSeverity.Low);
        stored.Version.Should().Be(2);
        stored.AcknowledgeBy.Should().Be(T0.AddHours(4), "lowering does not loosen the SLA promised");
        (await host.TimersAsync()).Should().ContainSingle(t => t.Status == TimerStatus.Scheduled).Which.DueAt.Should().Be(T0.AddHours(4));
    }

    [Fact]
    public async Task ActAsync_TenAcknowledgeAtOnce_OneSucceedsTheOthersAreToldWhoWasFasterAndTheObserverHasOneRow()
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var host = await IncidentTestHost.CreateAsync(database, services: s => s.AddScoped<IIncidentObserver, TimerWritingIncidentObserver>());
        var incident = (await host.ReportAsync(DemoPeople.Alex, "phishing", PhishingText)).Incident!;
        using var start = new ManualResetEventSlim();

        // No card version: a loser runs again on the incident as it now is, and the incident's rule refuses it.
        var attempts = Enumerable.Range(0, 10).Select(i => Task.Run(async () =>
        {
            start.Wait();
            return await host.ActAsync(DemoPeople.Responders[i % DemoPeople.Responders.Count], incident.DisplayNumber, IncidentCommand.Acknowledge);
        })).ToList();
        start.Set();
        var results = await Task.WhenAll(attempts);

        results.Count(r => r.Status == UseCaseStatus.Succeeded).Should().Be(1);
        results.Where(r => r.Status != UseCaseStatus.Succeeded).Should()
            .OnlyContain(r => r.Status == UseCaseStatus.Refused && r.Message.Contains("was already acknowledged by", StringComparison.Ordinal));
        var stored = await host.LoadAsync(incident.Number);
        stored!.Version.Should().Be(2);
        stored.Timeline.Count(e => e.Kind == TimelineEventKind.Acknowledged).Should().Be(1);
        (await ObservedChange.CommittedAsync(host)).Select(c => c.Kind).Should().Equal(IncidentChangeKind.Reported, IncidentChangeKind.Acknowledged);
    }

    [Fact]
    public async Task ActAsync_AcknowledgeNoteResolve_NoCardVersionNeededAndTheIncidentsRulesRefuseWhatNoLongerFits()
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var host = await IncidentTestHost.CreateAsync(database);
        var incident = (await host.ReportAsync(DemoPeople.Alex, "phishing", PhishingText)).Incident!;
        await host.TriageAsync(DemoPeople.Jin, incident.Number, 1, TriageAction.AddNote, "Looking at the headers");

        var acknowledged = await host.ActAsync(DemoPeople.Amara, incident.DisplayNumber, IncidentCommand.Acknowledge);
        var twice = await host.ActAsync(DemoPeople.Lena, incident.DisplayNumber, IncidentCommand.Acknowledge);
        var note = await host.ActAsync(DemoPeople.Lena, incident.DisplayNumber, IncidentCommand.AddNote, "Sender domain blocked");
        var resolved = await host.ActAsync(DemoPeople.Lena, incident.DisplayNumber, IncidentCommand.Resolve, "Blocked; no credentials entered");
        var late = await host.ActAsync(DemoPeople.Jin, incident.DisplayNumber, IncidentCommand.AddNote, "Too late?");

        acknowledged.Status.Should().Be(UseCaseStatus.Succeeded);
        twice.Should().Match<IncidentActionResult>(r => r.Status == UseCaseStatus.Refused && r.Message.Contains("already acknowledged by Amara Nwosu"));
        twice.Incident!.Version.Should().Be(3);
        note.Status.Should().Be(UseCaseStatus.Succeeded);
        resolved.Incident!.Should().Match<IncidentSnapshot>(s => s.Stage == IncidentStage.Resolved && s.Resolution == "Blocked; no credentials entered" && !s.IsOpen);
        late.Status.Should().Be(UseCaseStatus.Succeeded, "notes are kept even on a closed incident, as from the card");
        (await host.LoadAsync(incident.Number))!.Timeline.Select(e => e.Kind).Should().Equal(TimelineEventKind.Reported, TimelineEventKind.Note,
            TimelineEventKind.Acknowledged, TimelineEventKind.Note, TimelineEventKind.Resolved, TimelineEventKind.Note);
    }
}

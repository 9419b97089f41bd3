using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SecurityBot.Incidents.Domain;
using SecurityBot.IntegrationTests.Persistence;
using SecurityBot.Platform.Audit;
using SecurityBot.Platform.Contracts;
using SecurityBot.Platform.Conversations;
using SecurityBot.Platform.Persistence;
using SecurityBot.Platform.Results;
using SecurityBot.Platform.Routing;

namespace SecurityBot.IntegrationTests.Incidents;

public sealed class SqliteIncidentObserverTests() : IncidentObserverTests(DatabaseProvider.Sqlite);

public sealed class PostgresIncidentObserverTests() : IncidentObserverTests(DatabaseProvider.PostgreSQL);

/// <summary>
/// An observer registered in DI is told of every change, inside the change's unit of work: what it writes (a platform
/// timer here) is committed with the change, and not at all when the change fails or is refused.
/// </summary>
public abstract class IncidentObserverTests(DatabaseProvider provider)
{
    private const string PhishingText = "Email from billing@evil-pay.example asks me to confirm my password at https://evil-pay.example/login";

    /// <summary>The test host's clock at creation (<see cref="IncidentTestHost"/>).</summary>
    private static readonly DateTimeOffset IncidentTestHostStart = new(2026, 3, 2, 10, 0, 0, TimeSpan.Zero);

    private static Task<IncidentTestHost> HostAsync(TestDatabase database, Action<IServiceCollection>? more = null) =>
        IncidentTestHost.CreateAsync(database, services: s =>
        {
            s.AddScoped<IIncidentObserver, TimerWritingIncidentObserver>();
            more?.Invoke(s);
        });

    [Fact]
    public async Task Observer_ReportAcknowledgeAssignSeverityNoteResolve_ToldOfEachWithTheIncidentAfterItAndItsRowsCommitted()
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var host = await HostAsync(database);
        var incident = (await host.ReportAsync(DemoPeople.Alex, "phishing", PhishingText)).Incident!;
        var number = incident.DisplayNumber;

        host.Clock.Advance(TimeSpan.FromMinutes(1));
        (await host.TriageAsync(DemoPeople.Jin, incident.Number, 1, TriageAction.Acknowledge)).Status.Should().Be(UseCaseStatus.Succeeded);
        host.Clock.Advance(TimeSpan.FromMinutes(1));
        (await host.ActAsync(DemoPeople.Jin, number, IncidentCommand.Assign, assigneeId: DemoPeople.Amara.Id)).Status.Should().Be(UseCaseStatus.Succeeded);
        host.Clock.Advance(TimeSpan.FromMinutes(1));
        (await host.ActAsync(DemoPeople.Amara, number, IncidentCommand.ChangeSeverity, severity: IncidentSeverity.High)).Status.Should().Be(UseCaseStatus.Succeeded);
        (await host.ActAsync(DemoPeople.Amara, number, IncidentCommand.AddNote, "Sender blocked at the gateway")).Status.Should().Be(UseCaseStatus.Succeeded);
        host.Clock.Advance(TimeSpan.FromMinutes(1));
        (await host.ActAsync(DemoPeople.Amara, number, IncidentCommand.Resolve, "Nobody else opened https://evil-pay.example/login")).Status.Should().Be(UseCaseStatus.Succeeded);

        var observed = await ObservedChange.CommittedAsync(host);
        observed.Select(c => c.Kind).Should().Equal(IncidentChangeKind.Reported, IncidentChangeKind.Acknowledged, IncidentChangeKind.Assigned,
            IncidentChangeKind.SeverityChanged, IncidentChangeKind.NoteAdded, IncidentChangeKind.Resolved);
        observed.Select(c => c.Version).Should().Equal(1, 2, 3, 4, 5, 6);
        observed.Select(c => c.ActorId).Should().Equal(DemoPeople.Alex.Id, DemoPeople.Jin.Id, DemoPeople.Jin.Id, DemoPeople.Amara.Id, DemoPeople.Amara.Id, DemoPeople.Amara.Id);
        observed.Should().OnlyContain(c => c.Number == number);
        observed.Select(c => c.At).Should().Equal(IncidentTestHostStart, IncidentTestHostStart.AddMinutes(1), IncidentTestHostStart.AddMinutes(2),
            IncidentTestHostStart.AddMinutes(3), IncidentTestHostStart.AddMinutes(3), IncidentTestHostStart.AddMinutes(4));

        // Each snapshot is the incident after its change.
        observed[0].Should().Match<ObservedChange>(c => c.Stage == IncidentStage.New && c.Severity == IncidentSeverity.Medium && c.AcknowledgedById == null);
        observed[0].ReporterIds.Should().Equal(DemoPeople.Alex.Id);
        observed[0].Summary.Should().Contain("billing[@]evil-pay[.]example").And.Contain("hxxps://evil-pay[.]example/login", "the summary is the first report, defanged")
            .And.NotContain("https://");
        observed[1].Should().Match<ObservedChange>(c => c.Stage == IncidentStage.Acknowledged && c.AcknowledgedById == DemoPeople.Jin.Id);
        observed[2].Should().Match<ObservedChange>(c => c.Stage == IncidentStage.Investigating && c.AssigneeId == DemoPeople.Amara.Id);
        observed[3].Severity.Should().Be(IncidentSeverity.High);
        observed[5].Should().Match<ObservedChange>(c => c.Stage == IncidentStage.Resolved && c.Resolution == "Nobody else opened hxxps://evil-pay[.]example/login");
        (await host.LoadAsync(incident.Number))!.Version.Should().Be(6);
    }

    [Fact]
    public async Task Observer_EscalationByTheTimerAndByAResponder_ToldAsTheBotAndAsThePerson()
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var host = await HostAsync(database);
        var incident = (await host.ReportAsync(DemoPeople.Alex, "ransomware", "All my files are encrypted and there is a ransom note")).Incident!;

        host.Clock.Advance(TimeSpan.FromMinutes(15));
        (await host.FireDueTimersAsync()).Should().Be(1, "the escalation fires; the observer's own timer is a year away");
        (await host.TriageAsync(DemoPeople.Jin, incident.Number, 2, TriageAction.Escalate)).Status.Should().Be(UseCaseStatus.Succeeded);

        var observed = await ObservedChange.CommittedAsync(host);
        observed.Select(c => (c.Kind, c.ActorId, c.Version)).Should().Equal(
            (IncidentChangeKind.Reported, DemoPeople.Alex.Id, 1L),
            (IncidentChangeKind.Escalated, null, 2L),
            (IncidentChangeKind.Escalated, DemoPeople.Jin.Id, 3L));
        observed[1].Severity.Should().Be(IncidentSeverity.Critical);
        observed[1].Stage.Should().Be(IncidentStage.New);
    }

    [Fact]
    public async Task Observer_RelatedReportRaisesTheSeverity_ToldOfTheReportThenOfTheBotsSeverityChange()
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var host = await HostAsync(database);
        await host.ReportAsync(DemoPeople.Alex, "phishing", PhishingText);
        await host.ReportAsync(DemoPeople.Isaiah, "phishing", "Odd mail from BILLING@evil-pay.example about an invoice");
        await host.ReportAsync(DemoPeople.Oliver, "other", "Got something from hxxps://evil-pay[.]example/login asking to sign in");

        var observed = await ObservedChange.CommittedAsync(host);

        observed.Select(c => (c.Kind, c.ActorId, c.Version, c.Severity)).Should().Equal(
            (IncidentChangeKind.Reported, DemoPeople.Alex.Id, 1L, IncidentSeverity.Medium),
            (IncidentChangeKind.RelatedReport, DemoPeople.Isaiah.Id, 2L, IncidentSeverity.Medium),
            (IncidentChangeKind.RelatedReport, DemoPeople.Oliver.Id, 3L, IncidentSeverity.High),
            (IncidentChangeKind.SeverityChanged, null, 3L, IncidentSeverity.High));
        observed[^1].ReporterIds.Should().Equal(DemoPeople.Alex.Id, DemoPeople.Isaiah.Id, DemoPeople.Oliver.Id);
        observed[^1].Summary.Should().StartWith("Email from billing[@]evil-pay[.]example", "the summary stays the first report's");
    }

    [Fact]
    public async Task Observer_TheChangeFailsToCommit_NothingTheObserverWroteIsCommitted()
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var host = await HostAsync(database, s =>
        {
            s.AddSingleton(new AuditAppendCounter());
            s.AddScoped<EfAuditLog>();
            s.AddScoped<IAuditLog, UnrelatedViolationAuditLog>();
        });
        var incident = (await host.ReportAsync(DemoPeople.Alex, "phishing", PhishingText)).Incident!;
        await host.InScopeAsync(async sp =>
        {
            var db = sp.GetRequiredService<SecurityBotDbContext>();
            db.Add(new ConversationReferenceRecord(SchemaTests.Snapshot(UnrelatedViolationAuditLog.DuplicateAad), host.Clock.GetUtcNow()));
            return await db.SaveChangesAsync();
        });

        // The audit append (after the observer was told) adds a row that breaks a unique key: the commit fails.
        var triage = () => host.TriageAsync(DemoPeople.Jin, incident.Number, 1, TriageAction.Acknowledge);

        await triage.Should().ThrowAsync<DbUpdateException>();
        (await ObservedChange.CommittedAsync(host)).Select(c => c.Kind).Should().Equal(IncidentChangeKind.Reported);
        (await host.LoadAsync(incident.Number))!.Version.Should().Be(1);
    }

    [Fact]
    public async Task Observer_RefusedStaleOrForbiddenChanges_NotTold()
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var host = await HostAsync(database);
        var incident = (await host.ReportAsync(DemoPeople.Alex, "phishing", PhishingText)).Incident!;
        await host.TriageAsync(DemoPeople.Jin, incident.Number, 1, TriageAction.Acknowledge);

        (await host.TriageAsync(DemoPeople.Amara, incident.Number, 1, TriageAction.Acknowledge)).Status.Should().Be(UseCaseStatus.Stale);
        (await host.ActAsync(DemoPeople.Amara, incident.DisplayNumber, IncidentCommand.Acknowledge)).Status.Should().Be(UseCaseStatus.Refused);
        (await host.ActAsync(DemoPeople.Amara, incident.DisplayNumber, IncidentCommand.ChangeSeverity, severity: IncidentSeverity.Medium)).Status.Should().Be(UseCaseStatus.Refused);
        (await host.ActAsync(DemoPeople.Diego, incident.DisplayNumber, IncidentCommand.AddNote, "forged")).Status.Should().Be(UseCaseStatus.NotFound);

        (await ObservedChange.CommittedAsync(host)).Select(c => c.Kind).Should().Equal(IncidentChangeKind.Reported, IncidentChangeKind.Acknowledged);
    }

    [Fact]
    public async Task Observers_NoneRegistered_ChangesWorkAsBefore()
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var host = await IncidentTestHost.CreateAsync(database);
        var incident = (await host.ReportAsync(DemoPeople.Alex, "phishing", PhishingText)).Incident!;

        (await host.ActAsync(DemoPeople.Jin, incident.DisplayNumber, IncidentCommand.Acknowledge)).Status.Should().Be(UseCaseStatus.Succeeded);

        (await host.TimersAsync()).Should().NotContain(t => ObservedChange.IsObserverTimer(t));
    }
}

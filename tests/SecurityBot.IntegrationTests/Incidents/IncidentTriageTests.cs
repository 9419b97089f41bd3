using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SecurityBot.Incidents.Domain;
using SecurityBot.Platform.Audit;
using SecurityBot.Platform.Conversations;
using SecurityBot.Platform.Notifications;
using SecurityBot.Platform.Persistence;
using SecurityBot.Platform.Timers;
using SecurityBot.IntegrationTests.Persistence;
using SecurityBot.Platform.Results;

namespace SecurityBot.IntegrationTests.Incidents;

public sealed class SqliteIncidentTriageTests() : IncidentTriageTests(DatabaseProvider.Sqlite);

public sealed class PostgresIncidentTriageTests() : IncidentTriageTests(DatabaseProvider.PostgreSQL);

/// <summary>Responder actions on a real database: role checks, versions, concurrency, card copies, the reporter told.</summary>
public abstract class IncidentTriageTests(DatabaseProvider provider)
{
    private const string PhishingText = "Email from billing@evil-pay.example asks me to confirm my password";

    [Fact]
    public async Task Acknowledge_ByResponder_UpdatesEveryCopyTellsTheReporterAndStopsEscalation()
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var host = await IncidentTestHost.CreateAsync(database);
        var incident = (await host.ReportAsync(DemoPeople.Alex, "phishing", PhishingText,
            shown: new CardLocation("a:alex", "form-1", "https://smba.example.test/", DemoPeople.Alex.Id))).Incident!;
        await RecordCopyAsync(host, incident, DemoPeople.Jin.Id, "a:jin", "card-jin");

        var result = await host.TriageAsync(DemoPeople.Jin, incident.Number, 1, TriageAction.Acknowledge);

        result.Status.Should().Be(UseCaseStatus.Succeeded);
        var stored = await host.LoadAsync(incident.Number);
        stored!.Status.Should().Be(IncidentStatus.Acknowledged);
        stored.AcknowledgedByName.Should().Be("Jin Park");
        stored.Version.Should().Be(2);
        stored.Timeline.Should().ContainSingle(e => e.Kind == TimelineEventKind.Acknowledged && e.ActorId == DemoPeople.Jin.Id);

        var outbox = await host.OutboxAsync();
        var updates = outbox.Where(m => m.Kind == NotificationKind.UpdateCardCopy).ToList();
        updates.Select(u => u.TargetActivityId).Should().BeEquivalentTo("form-1", "card-jin");
        updates.Single(u => u.TargetActivityId == "form-1").ActivityJson.Should().Contain("Report received").And.Contain("Acknowledged by Jin Park");
        updates.Single(u => u.TargetActivityId == "card-jin").ActivityJson.Should().Contain("Acknowledged by Jin Park").And.NotContain("incident.acknowledge");
        outbox.Should().ContainSingle(m => m.Kind == NotificationKind.NewMessage && m.RecipientAadObjectId == DemoPeople.Alex.Id
                                           && m.IdempotencyKey.Contains("reporter-update", StringComparison.Ordinal));
        (await host.TimersAsync()).Should().OnlyContain(t => t.Status == TimerStatus.Cancelled);
    }

    [Fact]
    public async Task Acknowledge_DispatcherLeasesAnUnsentCardMeanwhile_SucceedsAndTheLeasedCardIsLeftAlone()
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        DispatcherLeaseRecord? dispatcher = null;
        await using var host = await IncidentTestHost.CreateAsync(database, services: s => dispatcher = DispatcherLeaseRecord.Register(s));
        var incident = (await host.ReportAsync(DemoPeople.Alex, "phishing", PhishingText)).Incident!;
        var unsent = (await host.OutboxAsync()).Where(m => m.Kind == NotificationKind.NewMessage && m.Status == OutboxStatus.Pending).ToList();
        unsent.Should().NotBeEmpty("the responders' cards wait for the dispatcher");
        dispatcher!.Armed = true;

        // The dispatcher took the cards between the unit of work's read and its commit: nobody else changed the
        // incident, so this is not "someone was faster" and not a failed turn.
        var result = await host.TriageAsync(DemoPeople.Jin, incident.Number, 1, TriageAction.Acknowledge);

        dispatcher.Rows.Should().BeGreaterThan(0);
        result.Status.Should().Be(UseCaseStatus.Succeeded, result.Message);
        var stored = await host.LoadAsync(incident.Number);
        stored!.Status.Should().Be(IncidentStatus.Acknowledged);
        stored.Version.Should().Be(2);
        stored.Timeline.Count(e => e.Kind == TimelineEventKind.Acknowledged).Should().Be(1);
        // What the dispatcher is sending is not rewritten under it: the rows keep their lease and their rendering.
        var after = await host.OutboxAsync();
        foreach (var card in unsent)
        {
            var now = after.Single(m => m.Id == card.Id);
            now.LeaseOwner.Should().Be(DispatcherLeaseRecord.Owner);
            now.ActivityJson.Should().Be(card.ActivityJson);
        }

        after.Should().ContainSingle(m => m.IdempotencyKey.Contains("reporter-update", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Acknowledge_ForgedDataFromNonResponder_ForbiddenAndNothingChanges()
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var host = await IncidentTestHost.CreateAsync(database);
        var incident = (await host.ReportAsync(DemoPeople.Alex, "phishing", PhishingText)).Incident!;
        var outboxBefore = (await host.OutboxAsync()).Count;

        var result = await host.TriageAsync(DemoPeople.Diego, incident.Number, 1, TriageAction.Resolve, "nothing to see");

        result.Status.Should().Be(UseCaseStatus.NotFound, "someone who may not see the incident is answered as for a missing number");
        var stored = await host.LoadAsync(incident.Number);
        stored!.Status.Should().Be(IncidentStatus.New);
        stored.Version.Should().Be(1);
        (await host.OutboxAsync()).Should().HaveCount(outboxBefore);
    }

    [Fact]
    public async Task Acknowledge_DoubleClick_SecondGetsAlreadyAcknowledgedByAndNoSecondChange()
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var host = await IncidentTestHost.CreateAsync(database);
        var incident = (await host.ReportAsync(DemoPeople.Alex, "phishing", PhishingText)).Incident!;
        await host.TriageAsync(DemoPeople.Jin, incident.Number, 1, TriageAction.Acknowledge);
        host.Clock.Advance(TimeSpan.FromMinutes(1));

        var second = await host.TriageAsync(DemoPeople.Amara, incident.Number, 1, TriageAction.Acknowledge);

        second.Status.Should().Be(UseCaseStatus.Stale);
        second.Message.Should().Contain("Acknowledged by Jin Park").And.Contain("2026-03-02 10:00 UTC");
        var stored = await host.LoadAsync(incident.Number);
        stored!.Version.Should().Be(2);
        stored.Timeline.Count(e => e.Kind == TimelineEventKind.Acknowledged).Should().Be(1);
    }

    [Fact]
    public async Task Acknowledge_FiftyAtOnce_ExactlyOneSucceeds()
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var host = await IncidentTestHost.CreateAsync(database);
        var incident = (await host.ReportAsync(DemoPeople.Alex, "phishing", PhishingText)).Incident!;
        using var start = new ManualResetEventSlim();

        var attempts = Enumerable.Range(0, 50).Select(i => Task.Run(async () =>
        {
            start.Wait();
            return await host.TriageAsync(DemoPeople.Responders[i % DemoPeople.Responders.Count], incident.Number, 1, TriageAction.Acknowledge);
        })).ToList();
        start.Set();
        var results = await Task.WhenAll(attempts);

        results.Count(r => r.Status == UseCaseStatus.Succeeded).Should().Be(1);
        results.Where(r => r.Status != UseCaseStatus.Succeeded).Should().OnlyContain(r => r.Status == UseCaseStatus.Stale && r.Message.Contains("Acknowledged by", StringComparison.Ordinal));
        var stored = await host.LoadAsync(incident.Number);
        stored!.Version.Should().Be(2);
        stored.Timeline.Count(e => e.Kind == TimelineEventKind.Acknowledged).Should().Be(1);
        (await host.OutboxAsync()).Count(m => m.IdempotencyKey.Contains("reporter-update", StringComparison.Ordinal)).Should().Be(1);
    }

    [Fact]
    public async Task AddNote_FiveRespondersAtOnce_EveryNoteIsKept()
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var host = await IncidentTestHost.CreateAsync(database);
        var incident = (await host.ReportAsync(DemoPeople.Alex, "phishing", PhishingText)).Incident!;
        using var start = new ManualResetEventSlim();

        var notes = Enumerable.Range(0, 5).Select(i => Task.Run(async () =>
        {
            start.Wait();
            return await host.TriageAsync(DemoPeople.Responders[i % DemoPeople.Responders.Count], incident.Number, 1, TriageAction.AddNote, $"note {i}");
        })).ToList();
        start.Set();
        var results = await Task.WhenAll(notes);

        // Each refusal means another note committed, so with five attempts each of five notes gets in.
        results.Should().OnlyContain(r => r.Status == UseCaseStatus.Succeeded);
        var stored = await host.LoadAsync(incident.Number);
        stored!.Timeline.Where(e => e.Kind == TimelineEventKind.Note).Select(e => e.Text).Should().BeEquivalentTo(Enumerable.Range(0, 5).Select(i => $"note {i}"));
    }

    [Fact]
    public async Task AssignThenResolve_RecordsBothAndClosed_LaterActionsRefused()
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var host = await IncidentTestHost.CreateAsync(database);
        var incident = (await host.ReportAsync(DemoPeople.Alex, "phishing", PhishingText)).Incident!;

        (await host.TriageAsync(DemoPeople.Lena, incident.Number, 1, TriageAction.AssignToMe)).Status.Should().Be(UseCaseStatus.Succeeded);
        (await host.TriageAsync(DemoPeople.Lena, incident.Number, 2, TriageAction.Resolve, "Sender blocked, mailbox cleaned")).Status.Should().Be(UseCaseStatus.Succeeded);
        var late = await host.TriageAsync(DemoPeople.Jin, incident.Number, 3, TriageAction.Dismiss);

        late.Status.Should().Be(UseCaseStatus.Refused);
        late.Message.Should().Contain("already resolved by Lena Fischer");
        var stored = await host.LoadAsync(incident.Number);
        stored!.Status.Should().Be(IncidentStatus.Resolved);
        stored.Resolution.Should().Be("Sender blocked, mailbox cleaned");
        stored.Timeline.Select(e => e.Kind).Should().Equal(TimelineEventKind.Reported, TimelineEventKind.Assigned, TimelineEventKind.Resolved);
    }

    [Fact]
    public async Task AddNote_OnAStaleCard_StillAdded()
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var host = await IncidentTestHost.CreateAsync(database);
        var incident = (await host.ReportAsync(DemoPeople.Alex, "phishing", PhishingText)).Incident!;
        await host.TriageAsync(DemoPeople.Jin, incident.Number, 1, TriageAction.Acknowledge);

        var note = await host.TriageAsync(DemoPeople.Amara, incident.Number, 1, TriageAction.AddNote, "Same sender hit finance last week");

        note.Status.Should().Be(UseCaseStatus.Succeeded);
        (await host.LoadAsync(incident.Number))!.Timeline.Should().Contain(e => e.Kind == TimelineEventKind.Note && e.Text == "Same sender hit finance last week");
    }

    [Fact]
    public async Task Acknowledge_UnrelatedUniqueViolation_SurfacesOnceWithoutRetrying()
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var counter = new AuditAppendCounter();
        await using var host = await IncidentTestHost.CreateAsync(database, services: s =>
        {
            s.AddSingleton(counter);
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

        var triage = () => host.TriageAsync(DemoPeople.Jin, incident.Number, 1, TriageAction.Acknowledge);

        // Not a race triage can lose (audit sequence, timeline position, notification key): a fault, reported once.
        (await triage.Should().ThrowAsync<DbUpdateException>()).Which.Should().Match<DbUpdateException>(
            ex => DbErrors.IsUniqueViolation(ex, PlatformUniqueKeys.ConversationReference));
        counter.Appends.Should().Be(1);
        var stored = await host.LoadAsync(incident.Number);
        stored!.Version.Should().Be(1);
        stored.Status.Should().Be(IncidentStatus.New);
    }

    [Fact]
    public async Task Lookups_ReporterSeesOwn_ResponderSeesAny_OthersNothing()
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var host = await IncidentTestHost.CreateAsync(database);
        var incident = (await host.ReportAsync(DemoPeople.Alex, "phishing", PhishingText)).Incident!;

        async Task<bool> Sees(IncidentActor who) =>
            await host.InScopeAsync(sp => sp.GetRequiredService<IIncidentService>().FindVisibleAsync(incident.Number, who.Id, CancellationToken.None)) is not null;

        (await Sees(DemoPeople.Alex)).Should().BeTrue();
        (await Sees(DemoPeople.Jin)).Should().BeTrue();
        (await Sees(DemoPeople.Diego)).Should().BeFalse();
        var mine = await host.InScopeAsync(sp => sp.GetRequiredService<IIncidentService>().ListOpenReportedByAsync(DemoPeople.Alex.Id, 10, CancellationToken.None));
        mine.Select(i => i.Number).Should().Equal(incident.Number);
    }

    private static Task RecordCopyAsync(IncidentTestHost host, Incident incident, string recipient, string conversation, string activity) =>
        host.InScopeAsync(async sp =>
        {
            await sp.GetRequiredService<ICardCopyRecorder>().RecordAsync(new EntityRef(Incident.EntityType, incident.DisplayNumber), incident.Version,
                new CardLocation(conversation, activity, "https://smba.example.test/", recipient), CancellationToken.None);
            await sp.GetRequiredService<SecurityBotDbContext>().SaveChangesAsync();
            return true;
        });
}

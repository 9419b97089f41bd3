using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SecurityBot.Platform.Notifications;
using SecurityBot.Platform.Conversations;
using SecurityBot.IntegrationTests.Connector;
using SecurityBot.Platform.Persistence;
using SecurityBot.Testing.FakeConnector;

namespace SecurityBot.IntegrationTests.Persistence;

public sealed class SqliteOutboxDispatcherTests() : OutboxDispatcherTests(DatabaseProvider.Sqlite);

public sealed class PostgresOutboxDispatcherTests() : OutboxDispatcherTests(DatabaseProvider.PostgreSQL);

/// <summary>The dispatcher end to end: real database, real connector client, a local fake Teams connector.</summary>
public abstract class OutboxDispatcherTests(DatabaseProvider provider) : IAsyncLifetime
{
    private static readonly EntityRef Incident = new("Incident", "INC-9");
    private OutboxTestbed _bed = null!;
    private FakeConnectorServer _teams = null!;

    public async Task InitializeAsync()
    {
        _bed = await OutboxTestbed.StartAsync(provider);
        _teams = _bed.Teams;
    }

    public async Task DisposeAsync() => await _bed.DisposeAsync();

    [Fact]
    public async Task Dispatch_PendingNotifications_DeliversEachOnceAndRecordsActivityIdsAndCardCopies()
    {
        await using var host = await StartedHostAsync();
        var people = Enumerable.Range(0, 20).Select(i => $"user-{i}").ToList();
        await SeedAsync(host, people);

        await Eventually.HoldsAsync(() => AllDeliveredAsync(host), "all 20 delivered");

        _teams.Posted.Select(p => p.ConversationId).Should().BeEquivalentTo(people.Select(p => $"a:{p}"));
        var rows = await RowsAsync(host);
        rows.Should().OnlyContain(r => r.DeliveredActivityId != null && r.Attempts == 1);
        var bearers = _bed.Tokens.Issuer.IssuedTokens.Select(t => "Bearer " + t).ToList();
        _teams.Requests.Should().OnlyContain(r => bearers.Contains(r.Authorization ?? ""), "every send carries a token the issuer granted");
        (await host.InScopeAsync(sp => sp.GetRequiredService<SecurityBotDbContext>().Set<CardCopy>().CountAsync())).Should().Be(20);
    }

    [Fact]
    public async Task Dispatch_TeamsAnswers429WithRetryAfter_WaitsAtLeastThatLongAndDelivers()
    {
        await using var host = await StartedHostAsync();
        _teams.FailNext("a:alice", HttpStatusCode.TooManyRequests, times: 1, retryAfter: TimeSpan.FromSeconds(2));
        await SeedAsync(host, ["alice"]);

        await Eventually.HoldsAsync(() => AllDeliveredAsync(host), "alice delivered");

        var attempts = _teams.Requests.Where(r => r.ConversationId == "a:alice").ToList();
        attempts.Select(r => r.StatusCode).Should().Equal(429, 200);
        (attempts[1].ReceivedAt - attempts[0].ReceivedAt).Should().BeGreaterThanOrEqualTo(TimeSpan.FromSeconds(1.9));
        _teams.PostedMessageCount.Should().Be(1);
    }

    [Fact]
    public async Task Dispatch_PersonBlockedTheBot_MarksThemUndeliverableAndTellsTheSecurityTeam()
    {
        await using var host = await StartedHostAsync();
        _teams.Block("a:alice");
        await SeedReferencesAsync(host, DemoSecurityTeam.Members);
        await SeedAsync(host, ["alice"]);

        await Eventually.HoldsAsync(async () => NoticedMembers().Count == DemoSecurityTeam.Members.Count, "a notice to every member of the security team");

        var rows = await RowsAsync(host);
        rows.Single(r => r.RecipientAadObjectId == "alice").Status.Should().Be(OutboxStatus.Undeliverable);
        var reference = await host.InScopeAsync(sp => sp.GetRequiredService<SecurityBotDbContext>().Set<ConversationReferenceRecord>().SingleAsync(r => r.UserAadObjectId == "alice"));
        reference.Undeliverable.Should().BeTrue();
        reference.UndeliverableReason.Should().Contain("403");
        NoticedMembers().Should().BeEquivalentTo(DemoSecurityTeam.Members, "the security team comes from the roles configuration");
        foreach (var member in DemoSecurityTeam.Members)
        {
            _teams.Posted.Single(p => p.ConversationId == $"a:{member}").Body.Should().Contain("cannot reach").And.Contain("alice");
        }

        _teams.Requests.Count(r => r.ConversationId == "a:alice").Should().Be(1, "a 403 is not retried");
    }

    [Fact]
    public async Task Dispatch_ConversationNotFound_RecreatesTheOneToOneConversationOnceAndDelivers()
    {
        await using var host = await StartedHostAsync();
        _teams.Forget("a:bob");
        await SeedAsync(host, ["bob"]);

        await Eventually.HoldsAsync(() => AllDeliveredAsync(host), "bob delivered");

        var create = _teams.Requests.Single(r => r.Path == "/v3/conversations");
        create.Body.Should().Contain("29:bob").And.Contain("tenant-1");
        _teams.Posted.Single().ConversationId.Should().Be("a:recreated-29:bob");
        var reference = await host.InScopeAsync(sp => sp.GetRequiredService<SecurityBotDbContext>().Set<ConversationReferenceRecord>().SingleAsync());
        reference.ConversationId.Should().Be("a:recreated-29:bob");
    }

    [Fact]
    public async Task Dispatch_PersonWithoutConversation_WaitsAndDeliversOnceTheyWrite()
    {
        await using var host = await StartedHostAsync();
        await EnqueueAsync(host, ["frank"]);
        await Eventually.HoldsAsync(async () => (await RowsAsync(host)).Single().Status == OutboxStatus.WaitingForReference, "frank waiting");

        await host.InScopeAsync(sp => sp.GetRequiredService<ConversationReferenceRecorder>().RecordAsync(_bed.Snapshot("frank"), CancellationToken.None));

        await Eventually.HoldsAsync(() => AllDeliveredAsync(host), "frank delivered");
        _teams.Posted.Single().ConversationId.Should().Be("a:frank");
    }

    [Fact]
    public async Task EnqueueUpdates_AfterDelivery_UpdatesEveryCopyInPlace()
    {
        await using var host = await StartedHostAsync();
        await SeedAsync(host, ["u1", "u2", "u3"]);
        await Eventually.HoldsAsync(() => AllDeliveredAsync(host), "v1 delivered");

        await host.InScopeAsync(async sp =>
        {
            await sp.GetRequiredService<ICardCopyUpdater>().EnqueueUpdatesAsync(Incident, 2, _ => """{"type":"message","text":"v2"}""", CancellationToken.None);
            await sp.GetRequiredService<SecurityBotDbContext>().SaveChangesAsync();
        });

        await Eventually.HoldsAsync(async () => _teams.Posted.Count(p => p.IsUpdate) == 3, "three updates");
        var sent = _teams.Posted.Where(p => !p.IsUpdate).Select(p => (p.ConversationId, p.ActivityId));
        _teams.Posted.Where(p => p.IsUpdate).Select(p => (p.ConversationId, p.ActivityId)).Should().BeEquivalentTo(sent);
        await Eventually.HoldsAsync(async () => (await RowsAsync(host)).All(r => r.Status == OutboxStatus.Delivered), "updates marked");
        (await host.InScopeAsync(sp => sp.GetRequiredService<SecurityBotDbContext>().Set<CardCopy>().ToListAsync()))
            .Should().OnlyContain(c => c.LastVersionRendered == 2);
    }

    [Fact]
    public async Task Dispatch_ServerErrorsUntilAttemptsRunOut_DeadLettersAndTellsTheSecurityTeam()
    {
        await using var host = await StartedHostAsync(new()
        {
            ["Outbox:MaxAttempts"] = "3",
        });
        _teams.FailNext("a:gina", HttpStatusCode.ServiceUnavailable, times: 10);
        await SeedReferencesAsync(host, DemoSecurityTeam.Members);
        await SeedAsync(host, ["gina"]);

        await Eventually.HoldsAsync(async () => NoticedMembers().Count == DemoSecurityTeam.Members.Count, "a dead-letter notice to every member of the security team");

        var row = (await RowsAsync(host)).Single(r => r.RecipientAadObjectId == "gina");
        row.Status.Should().Be(OutboxStatus.DeadLettered);
        row.Attempts.Should().Be(3);
        _teams.Requests.Count(r => r.ConversationId == "a:gina").Should().Be(3);
        NoticedMembers().Should().BeEquivalentTo(DemoSecurityTeam.Members, "the security team comes from the roles configuration");
        foreach (var member in DemoSecurityTeam.Members)
        {
            _teams.Posted.Single(p => p.ConversationId == $"a:{member}").Body.Should().Contain("gina").And.Contain("3 attempts");
        }
    }

    [Fact]
    public async Task Dispatch_ExplicitChannelConversation_PostsThereWithoutAPersonalReference()
    {
        await using var host = await StartedHostAsync();
        await host.InScopeAsync(async sp =>
        {
            await sp.GetRequiredService<INotificationOutbox>().EnqueueAsync(new OutboundNotification(
                NotificationRecipient.Conversation("19:security@thread.tacv2", _teams.ServiceUrl, "tenant-1"),
                """{"type":"message","text":"to the channel"}""", "channel:1", Incident, 1), CancellationToken.None);
            await sp.GetRequiredService<SecurityBotDbContext>().SaveChangesAsync();
        });

        await Eventually.HoldsAsync(() => AllDeliveredAsync(host), "channel post delivered");

        _teams.Posted.Single().ConversationId.Should().Be("19:security@thread.tacv2");
        (await host.InScopeAsync(sp => sp.GetRequiredService<SecurityBotDbContext>().Set<CardCopy>().SingleAsync()))
            .RecipientAadObjectId.Should().BeNull();
    }

    [Fact]
    public async Task Dispatch_ProactiveSends_AreFromTheBot()
    {
        // Found by the independent Teams simulator: outbox sends (the welcome among them) had no `from`, which the
        // Activity spec says bots SHOULD send (A2061) and a channel MAY reject.
        await using var host = await StartedHostAsync();
        await SeedAsync(host, ["hana"]);
        await host.InScopeAsync(async sp =>
        {
            await sp.GetRequiredService<INotificationOutbox>().EnqueueAsync(new OutboundNotification(
                NotificationRecipient.Conversation("19:security@thread.tacv2", _teams.ServiceUrl, "tenant-1"),
                """{"type":"message","text":"to the channel"}""", "channel:from", Incident, 1), CancellationToken.None);
            await sp.GetRequiredService<SecurityBotDbContext>().SaveChangesAsync();
        });

        await Eventually.HoldsAsync(() => AllDeliveredAsync(host), "both delivered");

        _teams.Posted.Single(p => p.ConversationId == "a:hana").Body.Should().Contain(""""from":{"id":"28:bot"""", "the bot id Teams gave the reference");
        _teams.Posted.Single(p => p.ConversationId == "19:security@thread.tacv2").Body.Should().Contain($$""""from":{"id":"28:{{OutboundTokens.AppId}}"""", "Teams' id of the bot: 28: and MicrosoftAppId");
    }

    [Fact]
    public async Task Dispatch_TwoInstancesOnOneDatabase_DeliverEachNotificationOnce()
    {
        await using var first = await StartedHostAsync(new() { ["Outbox:MaxConcurrency"] = "4" });
        await using var second = await StartedHostAsync(new() { ["Outbox:MaxConcurrency"] = "4" });
        var people = Enumerable.Range(0, 120).Select(i => $"p-{i}").ToList();
        await SeedAsync(first, people);

        await Eventually.HoldsAsync(() => AllDeliveredAsync(first), "all 120 delivered");

        _teams.Posted.GroupBy(p => p.ConversationId).Should().HaveCount(120).And.OnlyContain(g => g.Count() == 1);
    }

    private Task<PersistenceTestHost> StartedHostAsync(Dictionary<string, string?>? settings = null) => _bed.StartedHostAsync(settings);

    /// <summary>The security team members who have been sent something (only failure notices go to them here).</summary>
    private List<string> NoticedMembers() =>
        [.. DemoSecurityTeam.Members.Where(m => _teams.Posted.Any(p => p.ConversationId == $"a:{m}"))];

    private async Task SeedAsync(PersistenceTestHost host, IReadOnlyList<string> people)
    {
        await SeedReferencesAsync(host, people);
        await EnqueueAsync(host, people);
    }

    private Task SeedReferencesAsync(PersistenceTestHost host, IReadOnlyList<string> people) => _bed.SeedReferencesAsync(host, people);

    private static Task EnqueueAsync(PersistenceTestHost host, IReadOnlyList<string> people) =>
        host.InScopeAsync(async sp =>
        {
            var outbox = sp.GetRequiredService<INotificationOutbox>();
            foreach (var person in people)
            {
                await outbox.EnqueueAsync(new OutboundNotification(NotificationRecipient.User(person, "tenant-1"),
                    """{"type":"message","text":"v1"}""", $"inc-9:v1:{person}", Incident, 1), CancellationToken.None);
            }

            await sp.GetRequiredService<SecurityBotDbContext>().SaveChangesAsync();
        });

    private static Task<List<OutboxMessage>> RowsAsync(PersistenceTestHost host) =>
        host.InScopeAsync(sp => sp.GetRequiredService<SecurityBotDbContext>().Set<OutboxMessage>().AsNoTracking().ToListAsync());

    private static async Task<bool> AllDeliveredAsync(PersistenceTestHost host) =>
        (await RowsAsync(host)).All(r => r.Status == OutboxStatus.Delivered);
}

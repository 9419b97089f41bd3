using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SecurityBot.Platform.Conversations;
using SecurityBot.Platform.Notifications;
using SecurityBot.Platform.Persistence;
using SecurityBot.Testing.FakeConnector;

namespace SecurityBot.IntegrationTests.Persistence;

public sealed class SqliteOutboxUnreachableTests() : OutboxUnreachableTests(DatabaseProvider.Sqlite);

public sealed class PostgresOutboxUnreachableTests() : OutboxUnreachableTests(DatabaseProvider.PostgreSQL);

/// <summary>
/// Issue 20 item 4: a person Teams refuses (blocked the bot, app removed) is reported to the security team once per
/// person and episode, however many messages to them fail and however many workers see the refusals at once.
/// </summary>
public abstract class OutboxUnreachableTests(DatabaseProvider provider) : IAsyncLifetime
{
    private OutboxTestbed _bed = null!;

    private FakeConnectorServer Teams => _bed.Teams;

    public async Task InitializeAsync() => _bed = await OutboxTestbed.StartAsync(provider);

    public async Task DisposeAsync() => await _bed.DisposeAsync();

    [Fact]
    public async Task Dispatch_SeveralMessagesToABlockedPerson_OneNoticePerSecurityTeamMember()
    {
        await using var host = await StartedHostAsync();
        await _bed.SeedReferencesAsync(host, [.. DemoSecurityTeam.Members, "alice"]);
        await EnqueueAsync(host, "alice", ["INC-1", "INC-2", "INC-3"]);
        await Eventually.HoldsAsync(async () => (await AliceRowsAsync(host)).All(r => r.Status == OutboxStatus.Delivered), "alice has her three cards");

        // She blocks the bot: updates of the cards she has (explicit conversation) and new cards all fail, in parallel.
        Teams.Block("a:alice");
        await host.InScopeAsync(async sp =>
        {
            foreach (var incident in new[] { "INC-1", "INC-2", "INC-3" })
            {
                await sp.GetRequiredService<ICardCopyUpdater>().EnqueueUpdatesAsync(new EntityRef("Incident", incident), 2, _ => """{"type":"message","text":"v2"}""", CancellationToken.None);
            }

            await sp.GetRequiredService<SecurityBotDbContext>().SaveChangesAsync();
        });
        await EnqueueAsync(host, "alice", ["INC-4", "INC-5", "INC-6"]);

        await Eventually.HoldsAsync(async () => (await AliceRowsAsync(host)).Count(r => r.Status == OutboxStatus.Undeliverable) == 6, "six messages to alice refused");
        await Eventually.HoldsAsync(async () => NoticesTo(DemoSecurityTeam.Members[^1]).Count == 1, "the notice reached the team");
        await Task.Delay(TimeSpan.FromSeconds(1));

        foreach (var member in DemoSecurityTeam.Members)
        {
            var notice = NoticesTo(member).Should().ContainSingle("one notice per unreachable person, not per message").Subject;
            notice.Body.Should().Contain("cannot reach").And.Contain("alice").And.Contain("Not delivered").And.Contain("Incident/INC-")
                .And.Contain("once for this person").And.NotContain("v2", "never the messages' text");
        }

        var reference = await host.InScopeAsync(sp => sp.GetRequiredService<SecurityBotDbContext>().Set<ConversationReferenceRecord>().AsNoTracking().SingleAsync(r => r.UserAadObjectId == "alice"));
        reference.Undeliverable.Should().BeTrue();
    }

    [Fact]
    public async Task Dispatch_PersonBlocksAgainAfterWritingToTheBot_NewEpisodeNotifiesAgain()
    {
        await using var host = await StartedHostAsync();
        await _bed.SeedReferencesAsync(host, [.. DemoSecurityTeam.Members, "alice"]);
        Teams.Block("a:alice");
        await EnqueueAsync(host, "alice", ["INC-1", "INC-2"]);
        await Eventually.HoldsAsync(async () => NoticesTo(DemoSecurityTeam.Members[0]).Count == 1, "first episode noticed");
        await Eventually.HoldsAsync(async () => (await AliceRowsAsync(host)).All(r => r.Status == OutboxStatus.Undeliverable), "both refused");

        // She writes again (reachable: the mark is cleared), then blocks the bot once more.
        Teams.Unblock("a:alice");
        await host.InScopeAsync(sp => sp.GetRequiredService<ConversationReferenceRecorder>().RecordAsync(_bed.Snapshot("alice"), CancellationToken.None));
        Teams.Block("a:alice");
        await EnqueueAsync(host, "alice", ["INC-3", "INC-4"]);

        await Eventually.HoldsAsync(async () => DemoSecurityTeam.Members.All(m => NoticesTo(m).Count == 2), "a second episode, a second notice");
        await Task.Delay(TimeSpan.FromSeconds(1));
        DemoSecurityTeam.Members.Should().OnlyContain(m => NoticesTo(m).Count == 2);
    }

    private List<PostedActivity> NoticesTo(string member) =>
        [.. Teams.Posted.Where(p => p.ConversationId == $"a:{member}" && !p.IsUpdate)];

    private Task<PersistenceTestHost> StartedHostAsync() =>
        _bed.StartedHostAsync(new Dictionary<string, string?> { ["Outbox:MaxConcurrency"] = "4" });

    private static Task EnqueueAsync(PersistenceTestHost host, string person, IReadOnlyList<string> incidents) =>
        host.InScopeAsync(async sp =>
        {
            var outbox = sp.GetRequiredService<INotificationOutbox>();
            foreach (var incident in incidents)
            {
                await outbox.EnqueueAsync(new OutboundNotification(NotificationRecipient.User(person, "tenant-1"),
                    """{"type":"message","text":"v1"}""", $"{incident}:v1:{person}", new EntityRef("Incident", incident), 1), CancellationToken.None);
            }

            await sp.GetRequiredService<SecurityBotDbContext>().SaveChangesAsync();
        });

    private static Task<List<OutboxMessage>> AliceRowsAsync(PersistenceTestHost host) =>
        host.InScopeAsync(sp => sp.GetRequiredService<SecurityBotDbContext>().Set<OutboxMessage>().AsNoTracking()
            .Where(m => m.RecipientAadObjectId == "alice").ToListAsync());
}

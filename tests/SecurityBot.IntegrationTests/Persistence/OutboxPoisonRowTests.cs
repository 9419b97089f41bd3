using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SecurityBot.Platform.Notifications;
using SecurityBot.Platform.Conversations;
using SecurityBot.Platform;
using SecurityBot.Platform.Persistence;
using SecurityBot.IntegrationTests.Connector;
using SecurityBot.Testing.FakeConnector;

namespace SecurityBot.IntegrationTests.Persistence;

public sealed class SqliteOutboxPoisonRowTests() : OutboxPoisonRowTests(DatabaseProvider.Sqlite);

public sealed class PostgresOutboxPoisonRowTests() : OutboxPoisonRowTests(DatabaseProvider.PostgreSQL);

/// <summary>
/// A row whose delivery throws something other than a connector answer (here: a payload that is not an activity)
/// is an attempt like any other: after Outbox:MaxAttempts it is dead-lettered and the security team told once,
/// instead of being picked up again every time its lease runs out, forever.
/// </summary>
public abstract class OutboxPoisonRowTests(DatabaseProvider provider) : IAsyncLifetime
{
    private const int MaxAttempts = 3;
    private FakeConnectorServer _teams = null!;
    private TestDatabase _database = null!;
    private OutboundTokens _tokens = null!;

    public async Task InitializeAsync()
    {
        _teams = await FakeConnectorServer.StartAsync();
        _database = await TestDatabase.CreateAsync(provider);
        _tokens = await OutboundTokens.StartAsync();
    }

    public async Task DisposeAsync()
    {
        await _teams.DisposeAsync();
        await _database.DisposeAsync();
        await _tokens.DisposeAsync();
    }

    [Fact]
    public async Task Dispatch_PayloadThatThrowsOnEveryAttempt_DeadLettersAfterMaxAttemptsAndTellsTheSecurityTeamOnce()
    {
        await using var host = await StartedHostAsync();
        await host.InScopeAsync(async sp =>
        {
            foreach (var person in DemoSecurityTeam.Members.Prepend("victim"))
            {
                await sp.GetRequiredService<ConversationReferenceRecorder>().RecordAsync(
                    new ConversationSnapshot("tenant-1", person, $"29:{person}", $"a:{person}", "personal", _teams.ServiceUrl, "28:bot", "msteams"), CancellationToken.None);
            }

            await sp.GetRequiredService<INotificationOutbox>().EnqueueAsync(new OutboundNotification(NotificationRecipient.User("victim", "tenant-1"),
                """[{"not":"an activity"}]""", "poison:1", new EntityRef("Incident", "INC-7"), 1), CancellationToken.None);
            await sp.GetRequiredService<SecurityBotDbContext>().SaveChangesAsync();
        });

        await Eventually.HoldsAsync(async () => (await PoisonAsync(host)).Status == OutboxStatus.DeadLettered, "the poison row is dead-lettered", timeoutSeconds: 45);
        await Eventually.HoldsAsync(
            () => Task.FromResult(DemoSecurityTeam.Members.All(m => _teams.Posted.Any(p => p.ConversationId == $"a:{m}"))), "the security team is told");

        var poison = await PoisonAsync(host);
        poison.Attempts.Should().Be(MaxAttempts);
        poison.LastError.Should().NotBeNullOrEmpty();
        foreach (var member in DemoSecurityTeam.Members)
        {
            _teams.Posted.Should().ContainSingle(p => p.ConversationId == $"a:{member}", "each member of the security team (Roles:SecurityTeamGroupId) is told once")
                .Which.Body.Should().Contain("could not deliver").And.Contain("INC-7");
        }

        _teams.Posted.Should().NotContain(p => p.ConversationId == "a:victim");
    }

    private async Task<PersistenceTestHost> StartedHostAsync()
    {
        var host = await PersistenceTestHost.CreateAsync(_database, settings: new Dictionary<string, string?>(_tokens.Settings.Concat(DemoSecurityTeam.Settings))
        {
            ["Outbox:BaseRetryDelaySeconds"] = "0.2",
            ["Outbox:MaxAttempts"] = MaxAttempts.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["Bot:TrustedServiceUrls:0"] = _teams.ServiceUrl,
        }, services: s =>
        {
            s.AddDirectory();
            _tokens.AddBotFrameworkClient(s);
        });
        await host.StartAsync();
        return host;
    }

    private static Task<OutboxMessage> PoisonAsync(PersistenceTestHost host) =>
        host.InScopeAsync(sp => sp.GetRequiredService<SecurityBotDbContext>().Set<OutboxMessage>().AsNoTracking().SingleAsync(m => m.IdempotencyKey == "poison:1"));
}

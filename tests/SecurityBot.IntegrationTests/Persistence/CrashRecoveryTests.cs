using Microsoft.EntityFrameworkCore;
using SecurityBot.Core.Notifications;
using SecurityBot.Infrastructure.Conversations;
using SecurityBot.Infrastructure.Notifications;
using SecurityBot.Infrastructure.Persistence;
using SecurityBot.Testing.FakeConnector;

namespace SecurityBot.IntegrationTests.Persistence;

/// <summary>
/// SecurityBot killed with SIGKILL in the middle of a 200-recipient fan-out and started again: every recipient gets
/// exactly one message. The kill lands while sends are in flight (held unanswered by the fake) and leased rows are
/// in hand; it deliberately avoids the one window no outbox can close — Teams answered 2xx but our commit has not
/// happened yet — which docs/persistence.md describes and sizes.
/// </summary>
public sealed class CrashRecoveryTests
{
    private const int Recipients = 200;
    private const int KillAfter = 80;

    [Fact]
    public async Task Host_KilledMidFanOutAndRestarted_EveryRecipientGetsExactlyOneMessage()
    {
        await using var teams = await FakeConnectorServer.StartAsync();
        await using var database = await TestDatabase.CreateAsync(DatabaseProvider.Sqlite);
        await SeedAsync(database, teams.ServiceUrl);
        var environment = new Dictionary<string, string>
        {
            ["Database__Provider"] = "Sqlite",
            ["ConnectionStrings__SecurityBot"] = database.ConnectionString,
            ["Outbox__LeaseSeconds"] = "10",
            ["Outbox__BatchSize"] = "50",
            ["Outbox__PollIntervalMilliseconds"] = "200",
            ["Bot__TrustedServiceUrls__0"] = teams.ServiceUrl,
            ["MicrosoftAppId"] = string.Empty,
        };
        teams.HoldAfter(KillAfter);

        using (var first = BotProcess.Start(environment))
        {
            var holding = await Task.WhenAny(teams.Holding, Task.Delay(TimeSpan.FromMinutes(2)));
            holding.Should().Be(teams.Holding, $"the bot should have sent {KillAfter} messages; its output:\n{first.Output}");
            // Every message Teams acknowledged is committed as delivered before the kill (see the class comment).
            await Eventually.HoldsAsync(async () => (await CountAsync(database, OutboxStatus.Delivered)) == teams.PostedMessageCount, "acknowledged sends committed");
            first.Kill();
        }

        var atKill = await StatusAsync(database);
        atKill.Delivered.Should().Be(KillAfter);
        atKill.LeasedUndelivered.Should().BeGreaterThan(0, "the kill must land with leased rows in hand");
        teams.ReleaseHeld();

        using (var second = BotProcess.Start(environment))
        {
            await Eventually.HoldsAsync(async () => (await CountAsync(database, OutboxStatus.Delivered)) == Recipients, $"all delivered after restart; output:\n{second.Output}", timeoutSeconds: 120);
            second.Kill();
        }

        var perConversation = teams.Posted.Where(p => !p.IsUpdate).GroupBy(p => p.ConversationId).ToDictionary(g => g.Key, g => g.Count());
        perConversation.Should().HaveCount(Recipients, "nobody is left without the message");
        perConversation.Values.Should().OnlyContain(n => n == 1, "nobody gets it twice");
    }

    private static async Task SeedAsync(TestDatabase database, string serviceUrl)
    {
        await using var db = NewContext(database);
        await SchemaMigrator.MigrateAsync(db, null, CancellationToken.None);
        var now = DateTimeOffset.UtcNow;
        for (var i = 0; i < Recipients; i++)
        {
            var aad = $"crash-{i:D3}";
            db.Add(new ConversationReferenceRecord(new ConversationSnapshot("tenant-1", aad, $"29:{aad}", $"a:{aad}", "personal", serviceUrl, "28:bot", "msteams"), now));
            db.Add(OutboxMessage.NewMessage(new OutboundNotification(NotificationRecipient.User(aad, "tenant-1"),
                """{"type":"message","text":"Incident INC-42 needs your attention"}""", $"inc-42:v1:{aad}", new EntityRef("Incident", "INC-42"), 1), now));
        }

        await db.SaveChangesAsync();
    }

    private static async Task<int> CountAsync(TestDatabase database, OutboxStatus status)
    {
        await using var db = NewContext(database);
        return await db.Set<OutboxMessage>().CountAsync(m => m.Status == status);
    }

    private static async Task<(int Delivered, int LeasedUndelivered)> StatusAsync(TestDatabase database)
    {
        await using var db = NewContext(database);
        return (await db.Set<OutboxMessage>().CountAsync(m => m.Status == OutboxStatus.Delivered),
            await db.Set<OutboxMessage>().CountAsync(m => m.Status == OutboxStatus.Pending && m.LeaseOwner != null));
    }

    private static SecurityBotDbContext NewContext(TestDatabase database)
    {
        var options = new DbContextOptionsBuilder<SecurityBotDbContext>();
        DbContextSetup.Configure(options, database.Connection, new DatabaseOptions());
        return new SecurityBotDbContext(options.Options);
    }
}

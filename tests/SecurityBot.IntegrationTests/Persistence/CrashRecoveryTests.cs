using Microsoft.EntityFrameworkCore;
using SecurityBot.Platform.Notifications;
using SecurityBot.Platform.Conversations;
using SecurityBot.Platform.Persistence;
using SecurityBot.Testing.FakeConnector;

using Xunit.Abstractions;

namespace SecurityBot.IntegrationTests.Persistence;

/// <summary>
/// SecurityBot killed with SIGKILL in the middle of a 200-recipient fan-out and started again, on the DEFAULT lease
/// settings: every recipient gets exactly one message, and the rest of the fan-out completes within
/// <see cref="RecoveryBound"/> of the restart. The kill lands while sends are in flight (held unanswered by the fake)
/// and rows are leased; it deliberately avoids the one window no outbox can close — Teams answered 2xx but our commit
/// has not happened yet — which docs/persistence.md describes and sizes.
/// </summary>
public sealed class CrashRecoveryTests(ITestOutputHelper log)
{
    /// <summary>
    /// Issue 14's requirement: after kill -9, every recipient has their message within 15 s of the restart, counted
    /// from the moment the restarted host reports "Application started" (process start-up and JIT are not what is
    /// measured: on a shared 2-core box at load 35 they alone took 25 s). This is a recovery bound, not a speed test: the work
    /// left (≤ 120 sends at the Teams limit of 50/s per tenant) takes ~3 s; what the bound checks is that stranded
    /// leases are not waited out — with the old 120 s lease the same run took ~116 s. A slow machine adds seconds;
    /// it cannot turn a 120 s wait into a pass.
    /// </summary>
    internal static readonly TimeSpan RecoveryBound = TimeSpan.FromSeconds(15);

    private const int Recipients = 200;
    private const int KillAfter = 80;

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.PostgreSQL)]
    public async Task Host_KilledMidFanOutAndRestarted_EveryRecipientGetsExactlyOneMessageWithinTheRecoveryBound(DatabaseProvider provider)
    {
        await using var teams = await FakeConnectorServer.StartAsync();
        await using var database = await TestDatabase.CreateAsync(provider);
        await SeedAsync(database, teams.ServiceUrl);
        var environment = Environment(database, teams);
        teams.HoldAfter(KillAfter);

        using (var first = BotProcess.Start(environment))
        {
            await KillWhenHoldingAsync(first, teams, database);
        }

        var atKill = await StatusAsync(database);
        atKill.Delivered.Should().Be(KillAfter);
        atKill.LeasedUndelivered.Should().BeGreaterThan(0, "the kill must land with leased rows in hand");
        teams.ReleaseHeld();

        TimeSpan recovery;
        using (var second = BotProcess.Start(environment))
        {
            var restarted = await second.WaitUntilStartedAsync();
            await Eventually.HoldsAsync(() => AllDeliveredAsync(database), () => $"all delivered after restart; output:\n{second.Output}", timeoutSeconds: 180);
            recovery = restarted.Elapsed;
            second.Kill();
        }

        AssertExactlyOnePerRecipient(teams);
        log.WriteLine($"Recovered {recovery.TotalSeconds:F1} s after the restarted host started");
        recovery.Should().BeLessThan(RecoveryBound, "the rest of the fan-out resumes right after a restart, not when a long lease runs out");
    }

    [Fact]
    public async Task TwoHostsOnPostgres_OneKilledMidFanOutAndRestarted_EveryRecipientGetsExactlyOneMessageWithinTheRecoveryBound()
    {
        await using var teams = await FakeConnectorServer.StartAsync();
        await using var database = await TestDatabase.CreateAsync(DatabaseProvider.PostgreSQL);
        await SeedAsync(database, teams.ServiceUrl);
        var environment = Environment(database, teams);
        teams.HoldAfter(KillAfter);

        using var survivor = BotProcess.Start(environment);
        using (var victim = BotProcess.Start(environment))
        {
            await KillWhenHoldingAsync(victim, teams, database);
            (await LeasedByAsync(database, victim.Id)).Should().BeGreaterThan(0, $"the killed host must die with rows in hand; its output:\n{victim.Output}");
        }

        // The survivor's held sends are answered 503 (never reached "Teams") and retried; the victim's are lost with it.
        teams.ReleaseHeld();
        TimeSpan recovery;
        using (var restarted = BotProcess.Start(environment))
        {
            var up = await restarted.WaitUntilStartedAsync();
            await Eventually.HoldsAsync(() => AllDeliveredAsync(database), () => $"all delivered after restart; survivor:\n{survivor.Output}\nrestarted:\n{restarted.Output}", timeoutSeconds: 180);
            recovery = up.Elapsed;
        }

        AssertExactlyOnePerRecipient(teams);
        log.WriteLine($"Recovered {recovery.TotalSeconds:F1} s after the restarted host started");
        recovery.Should().BeLessThan(RecoveryBound, "the killed host's rows are picked up within seconds, not when a long lease runs out");
    }

    internal static Dictionary<string, string> Environment(TestDatabase database, FakeConnectorServer teams) => new()
    {
        ["Database__Provider"] = database.Provider.ToString(),
        ["ConnectionStrings__SecurityBot"] = database.ConnectionString,
        ["Bot__TrustedServiceUrls__0"] = teams.ServiceUrl,
        ["MicrosoftAppId"] = string.Empty,
    };

    private static async Task KillWhenHoldingAsync(BotProcess bot, FakeConnectorServer teams, TestDatabase database)
    {
        var holding = await Task.WhenAny(teams.Holding, Task.Delay(TimeSpan.FromMinutes(2)));
        holding.Should().Be(teams.Holding, $"the bots should have sent {KillAfter} messages; output:\n{bot.Output}");
        // Every message Teams acknowledged is committed as delivered before the kill (see the class comment).
        await Eventually.HoldsAsync(async () => (await CountAsync(database, OutboxStatus.Delivered)) == teams.PostedMessageCount, "acknowledged sends committed");
        bot.Kill();
    }

    private static void AssertExactlyOnePerRecipient(FakeConnectorServer teams)
    {
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

    private static async Task<bool> AllDeliveredAsync(TestDatabase database) => await CountAsync(database, OutboxStatus.Delivered) == Recipients;

    private static async Task<int> CountAsync(TestDatabase database, OutboxStatus status)
    {
        await using var db = NewContext(database);
        return await db.Set<OutboxMessage>().CountAsync(m => m.Status == status);
    }

    private static async Task<int> LeasedByAsync(TestDatabase database, int processId)
    {
        await using var db = NewContext(database);
        var prefix = $"{System.Environment.MachineName}:{processId}:";
        return await db.Set<OutboxMessage>().CountAsync(m => m.Status == OutboxStatus.Pending && m.LeaseOwner != null && m.LeaseOwner.StartsWith(prefix));
    }

    private static async Task<(int Delivered, int LeasedUndelivered)> StatusAsync(TestDatabase database)
    {
        await using var db = NewContext(database);
        return (await db.Set<OutboxMessage>().CountAsync(m => m.Status == OutboxStatus.Delivered),
            await db.Set<OutboxMessage>().CountAsync(m => m.Status == OutboxStatus.Pending && m.LeaseOwner != null));
    }

    internal static SecurityBotDbContext NewContext(TestDatabase database)
    {
        var options = new DbContextOptionsBuilder<SecurityBotDbContext>();
        DbContextSetup.Configure(options, database.Connection, new DatabaseOptions());
        return new SecurityBotDbContext(options.Options, TestModel.AllParts);
    }
}

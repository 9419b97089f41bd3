using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using SecurityBot.IntegrationTests.Connector;
using SecurityBot.Platform;
using SecurityBot.Platform.Leasing;
using SecurityBot.Platform.Notifications;
using SecurityBot.Platform.Persistence;
using SecurityBot.Testing.FakeConnector;
using SecurityBot.Testing.Time;

namespace SecurityBot.IntegrationTests.Persistence;

public sealed class SqliteRowLeaserTests() : RowLeaserTests(DatabaseProvider.Sqlite);

public sealed class PostgresRowLeaserTests() : RowLeaserTests(DatabaseProvider.PostgreSQL);

/// <summary>
/// Leases under a busy database: a row this instance is still sending is never leased to it a second time (the cause
/// of 5 doubled cards in a 10,000-person benchmark run, with no crash), and a row's own lease, not the age of the
/// instance's last renewal, decides whether a send may start.
/// </summary>
public abstract class RowLeaserTests(DatabaseProvider provider)
{
    [Fact]
    public async Task Lease_RowInHandWhoseLeaseRanOut_NotLeasedAgainByThisInstance()
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var host = await PersistenceTestHost.CreateAsync(database);
        var now = DateTimeOffset.UtcNow;
        var ids = await AddRowsAsync(host, now, 2);
        var first = await host.InScopeAsync(sp => OutboxDispatcher.Leaser.LeaseAsync(sp.GetRequiredService<SecurityBotDbContext>(), "lease-1", 1, now, now.AddSeconds(10), CancellationToken.None));
        first.Should().ContainSingle();

        // Eleven seconds on, its renewal stalled: the lease has run out while the send is still in flight.
        var later = now.AddSeconds(11);
        var again = await host.InScopeAsync(sp => OutboxDispatcher.Leaser.LeaseAsync(sp.GetRequiredService<SecurityBotDbContext>(), "lease-2", 10, later, later.AddSeconds(10),
            CancellationToken.None, inHand: first));

        again.Should().ContainSingle().Which.Should().Be(ids.Single(id => id != first[0]), "the row in hand is not leased a second time; the other one is");
    }

    [Fact]
    public async Task Holds_RowLeasedJustNow_YesUntilATwoThirdsOfItsLeaseAreGoneThenAgainAfterARenewal()
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var host = await PersistenceTestHost.CreateAsync(database);
        var clock = new ManualTimeProvider();
        var now = clock.GetUtcNow();
        await AddRowsAsync(host, now, 1);
        var leasedAt = clock.GetTimestamp();
        var id = (await host.InScopeAsync(sp => OutboxDispatcher.Leaser.LeaseAsync(sp.GetRequiredService<SecurityBotDbContext>(), "lease-1", 1, now, now.AddSeconds(10), CancellationToken.None))).Single();
        var heartbeat = new LeaseHeartbeat<OutboxMessage>(OutboxDispatcher.Leaser, host.Services.GetRequiredService<IServiceScopeFactory>(), clock,
            TimeSpan.FromSeconds(10), NullLogger.Instance);
        heartbeat.Hold(id, "lease-1", leasedAt);

        heartbeat.Holds(id).Should().BeTrue("its lease is fresh, whatever happened to other rows' renewals");
        clock.Advance(TimeSpan.FromSeconds(7));
        heartbeat.Holds(id).Should().BeFalse("3 s of lease left is less than a send and its commit may take on a busy database");
        await heartbeat.RenewAsync(CancellationToken.None);
        heartbeat.Holds(id).Should().BeTrue();
        heartbeat.InHand.Should().Equal(id);
    }

    [Fact]
    public async Task Deliver_RowLeasedWithTooLittleLeaseLeft_GivesTheLeaseBackUnsentWithoutAnAttempt()
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var tokens = await OutboundTokens.StartAsync();
        await using var teams = await FakeConnectorServer.StartAsync();
        await using var host = await PersistenceTestHost.CreateAsync(database, settings: tokens.Settings.Concat(DemoSecurityTeam.Settings).ToDictionary(), services: s =>
        {
            tokens.AddBotFrameworkClient(s);
            s.AddDirectory();
        });
        var now = DateTimeOffset.UtcNow;
        var id = (await AddRowsAsync(host, now, 1)).Single();

        // The lease statement waited on a busy database: its lease ends a second from now.
        (await host.InScopeAsync(sp => OutboxDispatcher.Leaser.LeaseAsync(sp.GetRequiredService<SecurityBotDbContext>(), "lease-1", 1, now, now.AddSeconds(1), CancellationToken.None)))
            .Should().Equal(id);
        await host.InScopeAsync(async sp =>
        {
            await sp.GetRequiredService<OutboxDelivery>().DeliverAsync(id, "lease-1", () => true, CancellationToken.None);
            return 0;
        });

        var row = await host.InScopeAsync(sp => sp.GetRequiredService<SecurityBotDbContext>().Set<OutboxMessage>().AsNoTracking().SingleAsync(m => m.Id == id));
        row.Status.Should().Be(OutboxStatus.Pending);
        row.Attempts.Should().Be(0);
        row.LeaseOwner.Should().BeNull("given back, it is leased again at once instead of sitting out the last second");
        teams.Posted.Should().BeEmpty();
        (await host.InScopeAsync(sp => OutboxDispatcher.Leaser.LeaseAsync(sp.GetRequiredService<SecurityBotDbContext>(), "lease-2", 1, now, now.AddSeconds(10), CancellationToken.None)))
            .Should().Equal(id);
    }

    private static Task<List<Guid>> AddRowsAsync(PersistenceTestHost host, DateTimeOffset now, int count) =>
        host.InScopeAsync(async sp =>
        {
            var db = sp.GetRequiredService<SecurityBotDbContext>();
            var rows = Enumerable.Range(1, count).Select(i => OutboxMessage.NewMessage(new OutboundNotification(NotificationRecipient.User($"person-{i}", "tenant-1"),
                """{"type":"message","text":"hello"}""", $"row-leaser-test:{i}", new EntityRef("Incident", "INC-1"), 1), now.AddSeconds(-1))).ToList();
            db.AddRange(rows);
            await db.SaveChangesAsync();
            return rows.Select(r => r.Id).ToList();
        });
}

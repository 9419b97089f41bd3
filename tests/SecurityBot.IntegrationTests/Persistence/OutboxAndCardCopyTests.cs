using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SecurityBot.Platform.Notifications;
using SecurityBot.Platform.Conversations;
using SecurityBot.Platform.Persistence;
using SecurityBot.Testing.Time;

namespace SecurityBot.IntegrationTests.Persistence;

public sealed class SqliteOutboxAndCardCopyTests() : OutboxAndCardCopyTests(DatabaseProvider.Sqlite);

public sealed class PostgresOutboxAndCardCopyTests() : OutboxAndCardCopyTests(DatabaseProvider.PostgreSQL);

/// <summary>The unit-of-work side of the outbox: enqueue, idempotency, card copies and references.</summary>
public abstract class OutboxAndCardCopyTests(DatabaseProvider provider)
{
    private static readonly EntityRef Incident = new("Incident", "INC-7");
    private readonly ManualTimeProvider _clock = new();

    [Fact]
    public async Task Enqueue_SameIdempotencyKeyTwice_StoresOneRow()
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var host = await PersistenceTestHost.CreateAsync(database, _clock);
        var added = new List<bool>();
        for (var i = 0; i < 2; i++)
        {
            await host.InScopeAsync(async sp =>
            {
                added.Add(await sp.GetRequiredService<INotificationOutbox>().EnqueueAsync(Card("alice", "k-1"), CancellationToken.None));
                added.Add(await sp.GetRequiredService<INotificationOutbox>().EnqueueAsync(Card("alice", "k-1"), CancellationToken.None));
                await sp.GetRequiredService<SecurityBotDbContext>().SaveChangesAsync();
            });
        }

        added.Should().Equal(true, false, false, false);
        (await CountAsync<OutboxMessage>(host)).Should().Be(1);
    }

    [Fact]
    public async Task EnqueueMany_KeysStoredTrackedAndRepeated_AddsEachNewKeyOnce()
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var host = await PersistenceTestHost.CreateAsync(database, _clock);
        await host.InScopeAsync(async sp =>
        {
            await sp.GetRequiredService<INotificationOutbox>().EnqueueAsync(Card("p0", "batch-0"), CancellationToken.None);
            await sp.GetRequiredService<SecurityBotDbContext>().SaveChangesAsync();
        });

        var added = 0;
        await host.InScopeAsync(async sp =>
        {
            var outbox = sp.GetRequiredService<INotificationOutbox>();
            await outbox.EnqueueAsync(Card("p1", "batch-1"), CancellationToken.None);
            // A batch bigger than SQLite's old 999-parameter limit: one stored key, one tracked, one given twice.
            var batch = Enumerable.Range(0, 1_200).Select(i => Card($"p{i}", $"batch-{i}")).Append(Card("p7", "batch-7")).ToList();
            added = await outbox.EnqueueManyAsync(batch, CancellationToken.None);
            await sp.GetRequiredService<SecurityBotDbContext>().SaveChangesAsync();
        });

        added.Should().Be(1_198);
        (await CountAsync<OutboxMessage>(host)).Should().Be(1_200);
    }

    [Fact]
    public async Task Enqueue_StateChangeRolledBack_LeavesNoNotification()
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var host = await PersistenceTestHost.CreateAsync(database, _clock);

        await host.InScopeAsync(async sp =>
        {
            var db = sp.GetRequiredService<SecurityBotDbContext>();
            await using var transaction = await db.Database.BeginTransactionAsync();
            db.Add(new ConversationReferenceRecord(SchemaTests.Snapshot("bob"), _clock.GetUtcNow()));
            await sp.GetRequiredService<INotificationOutbox>().EnqueueAsync(Card("bob", "k-2"), CancellationToken.None);
            await db.SaveChangesAsync();
            await transaction.RollbackAsync();
        });

        (await CountAsync<OutboxMessage>(host)).Should().Be(0);
        (await CountAsync<ConversationReferenceRecord>(host)).Should().Be(0);
    }

    [Fact]
    public async Task EnqueueUpdates_EntityChanged_EnqueuesOneUpdatePerStaleCopyAndRerendersUnsentCards()
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var host = await PersistenceTestHost.CreateAsync(database, _clock);
        await host.InScopeAsync(async sp =>
        {
            var db = sp.GetRequiredService<SecurityBotDbContext>();
            var recorder = sp.GetRequiredService<ICardCopyRecorder>();
            await recorder.RecordAsync(Incident, 1, new CardLocation("a:alice", "act-1", "https://smba.example.test/", "alice"), CancellationToken.None);
            await recorder.RecordAsync(Incident, 1, new CardLocation("19:channel", "act-2", "https://smba.example.test/", null), CancellationToken.None);
            await recorder.RecordAsync(Incident, 2, new CardLocation("a:carol", "act-3", "https://smba.example.test/", "carol"), CancellationToken.None);
            await sp.GetRequiredService<INotificationOutbox>().EnqueueAsync(Card("dave", "k-dave", version: 1), CancellationToken.None);
            await db.SaveChangesAsync();
        });

        var enqueued = await host.InScopeAsync(async sp =>
        {
            var count = await sp.GetRequiredService<ICardCopyUpdater>().EnqueueUpdatesAsync(Incident, 2,
                copy => $$"""{"type":"message","text":"v2 for {{copy.RecipientAadObjectId ?? "channel"}}"}""", CancellationToken.None);
            await sp.GetRequiredService<SecurityBotDbContext>().SaveChangesAsync();
            return count;
        });

        enqueued.Should().Be(2, "carol's copy already shows version 2");
        var rows = await host.InScopeAsync(sp => sp.GetRequiredService<SecurityBotDbContext>().Set<OutboxMessage>().AsNoTracking().ToListAsync());
        rows.Where(r => r.Kind == NotificationKind.UpdateCardCopy).Select(r => (r.ConversationId, r.TargetActivityId, r.RecipientAadObjectId))
            .Should().BeEquivalentTo([("a:alice", "act-1", "alice"), ("19:channel", "act-2", null)]);
        var unsent = rows.Single(r => r.Kind == NotificationKind.NewMessage);
        unsent.EntityVersion.Should().Be(2);
        unsent.ActivityJson.Should().Contain("v2 for dave");
    }

    [Fact]
    public async Task RecordReference_PersonReturnsAfterBlocking_ClearsUndeliverableAndWakesWaitingNotifications()
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var host = await PersistenceTestHost.CreateAsync(database, _clock);
        var snapshot = SchemaTests.Snapshot("erin");
        await host.InScopeAsync(async sp =>
        {
            var db = sp.GetRequiredService<SecurityBotDbContext>();
            var reference = new ConversationReferenceRecord(snapshot, _clock.GetUtcNow());
            reference.MarkUndeliverable("403", _clock.GetUtcNow());
            db.Add(reference);
            var waiting = OutboxMessage.NewMessage(Card("erin", "k-erin"), _clock.GetUtcNow());
            waiting.WaitForReference("no conversation");
            db.Add(waiting);
            await db.SaveChangesAsync();
        });

        _clock.Advance(TimeSpan.FromMinutes(5));
        var wrote = await host.InScopeAsync(sp => sp.GetRequiredService<ConversationReferenceRecorder>().RecordAsync(snapshot, CancellationToken.None));
        var again = await host.InScopeAsync(sp => sp.GetRequiredService<ConversationReferenceRecorder>().RecordAsync(snapshot, CancellationToken.None));

        wrote.Should().BeTrue();
        again.Should().BeFalse("an unchanged reference is not written");
        var (stored, message) = await host.InScopeAsync(async sp =>
        {
            var db = sp.GetRequiredService<SecurityBotDbContext>();
            return (await db.Set<ConversationReferenceRecord>().SingleAsync(), await db.Set<OutboxMessage>().SingleAsync());
        });
        stored.Undeliverable.Should().BeFalse();
        stored.UpdatedAt.Should().Be(_clock.GetUtcNow());
        message.Status.Should().Be(OutboxStatus.Pending);
        message.NextAttemptAt.Should().Be(_clock.GetUtcNow());
    }

    [Fact]
    public async Task RecordReference_TwoInstancesInsertTheSamePerson_OneRowRemains()
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var first = await PersistenceTestHost.CreateAsync(database, _clock);
        await using var second = await PersistenceTestHost.CreateAsync(database, _clock);
        var snapshots = Enumerable.Range(0, 20).Select(i => SchemaTests.Snapshot($"user-{i}")).ToList();

        await Task.WhenAll(
            Task.Run(() => RecordAllAsync(first, snapshots)),
            Task.Run(() => RecordAllAsync(second, snapshots)));

        (await CountAsync<ConversationReferenceRecord>(first)).Should().Be(20);
    }

    private static async Task RecordAllAsync(PersistenceTestHost host, IEnumerable<ConversationSnapshot> snapshots)
    {
        foreach (var snapshot in snapshots)
        {
            await host.InScopeAsync(sp => sp.GetRequiredService<ConversationReferenceRecorder>().RecordAsync(snapshot, CancellationToken.None));
        }
    }

    private static OutboundNotification Card(string aad, string key, long version = 1) =>
        new(NotificationRecipient.User(aad), """{"type":"message","text":"v1"}""", key, Incident, version);

    private static Task<int> CountAsync<T>(PersistenceTestHost host)
        where T : class =>
        host.InScopeAsync(sp => sp.GetRequiredService<SecurityBotDbContext>().Set<T>().CountAsync());
}

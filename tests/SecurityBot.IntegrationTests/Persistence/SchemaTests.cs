using Microsoft.EntityFrameworkCore;
using SecurityBot.Platform.Notifications;
using SecurityBot.Platform.Conversations;
using SecurityBot.Platform.Persistence;
using SecurityBot.Platform.Persistence.Migrations;
using SecurityBot.Platform.Timers;

namespace SecurityBot.IntegrationTests.Persistence;

public sealed class SqliteSchemaTests() : SchemaTests(DatabaseProvider.Sqlite);

public sealed class PostgresSchemaTests() : SchemaTests(DatabaseProvider.PostgreSQL);

/// <summary>The hand-written migrations against a real engine: upgrade in place, concurrency, model agreement.</summary>
public abstract class SchemaTests(DatabaseProvider provider)
{
    private static readonly DateTimeOffset Noon = new(2026, 3, 1, 12, 0, 0, TimeSpan.Zero);

    [Fact]
    public async Task Migrate_DatabaseAtSchemaV1_UpgradesToLatestAndKeepsRows()
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using (var v1 = NewContext(database))
        {
            await SchemaMigrator.MigrateAsync(v1, ConversationsAndOutbox.Id, CancellationToken.None);
            v1.Add(new ConversationReferenceRecord(Snapshot("user-1"), Noon));
            v1.Add(OutboxMessage.NewMessage(new OutboundNotification(NotificationRecipient.User("user-1"), """{"type":"message"}""", "key-1"), Noon));
            await v1.SaveChangesAsync();
        }

        await using (var latest = NewContext(database))
        {
            (await latest.Database.GetAppliedMigrationsAsync()).Should().ContainSingle();
            await SchemaMigrator.MigrateAsync(latest, null, CancellationToken.None);
            (await latest.Database.GetAppliedMigrationsAsync()).Should().Equal(latest.Database.GetMigrations())
            .And.Contain([ConversationsAndOutbox.Id, CardCopiesAndTimers.Id, AddIncidents.Id, RiskAcceptancesAndAudit.Id]);
        }

        await using var after = NewContext(database);
        var reference = await after.Set<ConversationReferenceRecord>().SingleAsync();
        reference.UserAadObjectId.Should().Be("user-1");
        reference.UpdatedAt.Should().Be(Noon);
        (await after.Set<OutboxMessage>().SingleAsync()).IdempotencyKey.Should().Be("key-1");
        after.Add(new CardCopy("Incident", "INC-1", 1, "conv-1", "act-1", "https://example.test/", "user-1", null, Noon));
        after.Add(new ScheduledTimer("Incident", "INC-1", "escalate", Noon, null, Noon));
        await after.SaveChangesAsync();
    }

    [Fact]
    public async Task Migrate_SeveralInstancesAtOnce_AllSucceedAndApplyEachMigrationOnce()
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var contexts = Enumerable.Range(0, 4).Select(_ => NewContext(database)).ToList();
        try
        {
            await Task.WhenAll(contexts.Select(c => SchemaMigrator.MigrateAsync(c, null, CancellationToken.None)));
        }
        finally
        {
            foreach (var context in contexts)
            {
                await context.DisposeAsync();
            }
        }

        await using var check = NewContext(database);
        (await check.Database.GetAppliedMigrationsAsync()).Should().Equal(check.Database.GetMigrations())
            .And.Contain([ConversationsAndOutbox.Id, CardCopiesAndTimers.Id, AddIncidents.Id, RiskAcceptancesAndAudit.Id]);
    }

    [Fact]
    public async Task SaveChanges_InstantWithOffset_IsStoredAsTheSameInstantAndComparesInQueries()
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using (var db = await MigratedContextAsync(database))
        {
            var local = new DateTimeOffset(2026, 3, 1, 14, 0, 0, TimeSpan.FromHours(2));
            db.Add(new ScheduledTimer("Incident", "INC-1", "escalate", local, null, Noon));
            await db.SaveChangesAsync();
        }

        await using var read = NewContext(database);
        var stored = await read.Set<ScheduledTimer>().SingleAsync();
        stored.DueAt.Should().Be(Noon);
        stored.DueAt.Offset.Should().Be(TimeSpan.Zero);
        (await read.Set<ScheduledTimer>().CountAsync(t => t.DueAt <= Noon)).Should().Be(1);
        (await read.Set<ScheduledTimer>().CountAsync(t => t.DueAt < Noon)).Should().Be(0);
    }

    [Fact]
    public async Task Model_EveryEntity_MatchesTheMigratedSchema()
    {
        // No snapshot exists, so this is what catches a configuration that the migrations forgot.
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var db = await MigratedContextAsync(database);
        foreach (var entityType in db.Model.GetEntityTypes())
        {
            var query = (IQueryable<object>)typeof(DbContext).GetMethod(nameof(DbContext.Set), Type.EmptyTypes)!
                .MakeGenericMethod(entityType.ClrType).Invoke(db, null)!;
            var act = () => query.Take(1).ToListAsync();
            await act.Should().NotThrowAsync($"{entityType.ClrType.Name} must match its table");
        }
    }

    internal static ConversationSnapshot Snapshot(string aad, string? conversationId = null) =>
        new("tenant-1", aad, $"29:{aad}", conversationId ?? $"a:{aad}", "personal", "https://smba.example.test/", "28:bot", "msteams");

    private static SecurityBotDbContext NewContext(TestDatabase database)
    {
        var options = new DbContextOptionsBuilder<SecurityBotDbContext>();
        DbContextSetup.Configure(options, database.Connection, new DatabaseOptions());
        return new SecurityBotDbContext(options.Options, TestModel.AllParts);
    }

    private static async Task<SecurityBotDbContext> MigratedContextAsync(TestDatabase database)
    {
        var db = NewContext(database);
        await SchemaMigrator.MigrateAsync(db, null, CancellationToken.None);
        return db;
    }
}

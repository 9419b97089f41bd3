using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SecurityBot.Platform.Audit;
using SecurityBot.Platform.Persistence;
using SecurityBot.Platform.Persistence.Migrations;
using SecurityBot.IntegrationTests.Persistence;
using SecurityBot.Testing.Time;

namespace SecurityBot.IntegrationTests.Audit;

public sealed class SqliteAuditCheckpointTests() : AuditCheckpointTests(DatabaseProvider.Sqlite);

public sealed class PostgresAuditCheckpointTests() : AuditCheckpointTests(DatabaseProvider.PostgreSQL);

/// <summary>When checkpoints are written (start, schedule, shutdown), and how a log from before the key is taken over.</summary>
public abstract class AuditCheckpointTests(DatabaseProvider provider)
{
    private static readonly DateTimeOffset Start = new(2026, 3, 2, 9, 0, 0, TimeSpan.Zero);

    [Fact]
    public async Task Host_StartScheduleAndShutdown_EachSignTheTail()
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var clock = new ManualTimeProvider(Start);
        var host = await PersistenceTestHost.CreateAsync(database, clock, new Dictionary<string, string?> { ["Audit:CheckpointInterval"] = "01:00:00" });
        try
        {
            await AppendAsync(host, 3);
            await host.StartAsync();
            await Eventually.HoldsAsync(async () => await LatestSequenceAsync(database) == 3, "a checkpoint at start");

            await AppendAsync(host, 2);
            await clock.WaitForTimerAsync(due => due == Start.AddHours(1));
            clock.Advance(TimeSpan.FromHours(1));
            await Eventually.HoldsAsync(async () => await LatestSequenceAsync(database) == 5, "a checkpoint on the schedule");

            await AppendAsync(host, 1);
        }
        finally
        {
            await host.DisposeAsync(); // graceful stop
        }

        (await LatestSequenceAsync(database)).Should().Be(6, "the shutdown signs what the last turns appended");
    }

    [Fact]
    public async Task Upgrade_UnkeyedRowsFromBefore_VerifyAsLegacyAndARewriteOfThemIsDetected()
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using (var old = NewContext(database))
        {
            await SchemaMigrator.MigrateAsync(old, RiskAcceptancesAndAudit.Id, CancellationToken.None);
            await InsertUnkeyedAsync(old, 3, detailsOfFirst: "approved");
        }

        await using var host = await PersistenceTestHost.CreateAsync(database, new ManualTimeProvider(Start.AddDays(1)));
        (await host.InScopeAsync(sp => sp.GetRequiredService<AuditCheckpointWriter>().WriteAsync(CancellationToken.None)))!.Sequence.Should().Be(3);
        await AppendAsync(host, 1);

        var entries = await host.InScopeAsync(sp => sp.GetRequiredService<SecurityBotDbContext>().Set<AuditEntry>().AsNoTracking().OrderBy(e => e.Sequence).ToListAsync());
        entries.Select(e => e.KeyId).Should().Equal(AuditHasher.LegacyKeyId, AuditHasher.LegacyKeyId, AuditHasher.LegacyKeyId, AuditKeys.DevelopmentKeyId);
        (await VerifyAsync(host)).IsIntact.Should().BeTrue();

        // After the upgrade, the legacy rows are rewritten and their unkeyed chain recomputed: the keyed entry 4 and the
        // checkpoint, both signed, still hold the old hash of entry 3.
        await host.InScopeAsync(async sp =>
        {
            var db = sp.GetRequiredService<SecurityBotDbContext>();
            await db.Set<AuditEntry>().Where(e => e.Sequence <= 3).ExecuteDeleteAsync();
            await InsertUnkeyedAsync(db, 3, detailsOfFirst: "rejected");
        });

        var result = await VerifyAsync(host);
        result.IsIntact.Should().BeFalse();
        result.FirstBrokenSequence.Should().Be(3);
    }

    private static Task<AuditVerification> VerifyAsync(PersistenceTestHost host) =>
        host.InScopeAsync(sp => sp.GetRequiredService<IAuditLog>().VerifyAsync(CancellationToken.None));

    /// <summary>Rows as the unkeyed code wrote them (SHA-256 chain, no key id column yet, or defaulted to legacy).</summary>
    private async Task InsertUnkeyedAsync(SecurityBotDbContext db, int count, string detailsOfFirst)
    {
        var previous = AuditHasher.Genesis;
        var anyKey = new AuditSigningKey("only-for-the-fields", new byte[32]);
        for (var i = 1; i <= count; i++)
        {
            var entry = new AuditEntry(i, new AuditRecord("RiskAcceptance", "RA-000001", i == 1 ? detailsOfFirst : "approved", "id-" + i, "Person " + i, null),
                Start.AddMinutes(i), previous, anyKey);
            var hash = PublicAuditHash.Compute(entry, previous);
            object at = provider == DatabaseProvider.Sqlite ? entry.At.UtcTicks : entry.At;
            await db.Database.ExecuteSqlRawAsync(
                "INSERT INTO \"AuditEntries\" (\"Sequence\", \"At\", \"EntityType\", \"EntityId\", \"Action\", \"ActorId\", \"ActorName\", \"Details\", \"PreviousHash\", \"Hash\") " +
                "VALUES ({0}, {1}, {2}, {3}, {4}, {5}, {6}, NULL, {7}, {8})",
                entry.Sequence, at, entry.EntityType, entry.EntityId, entry.Action, entry.ActorId!, entry.ActorName!, previous, hash);
            previous = hash;
        }
    }

    private static Task AppendAsync(PersistenceTestHost host, int count) =>
        host.InScopeAsync(async sp =>
        {
            var log = sp.GetRequiredService<IAuditLog>();
            for (var i = 0; i < count; i++)
            {
                await log.AppendAsync(new AuditRecord("Incident", "INC-000001", "note-added", "user", "Person", "note " + i), CancellationToken.None);
            }

            await sp.GetRequiredService<SecurityBotDbContext>().SaveChangesAsync();
        });

    private static async Task<long?> LatestSequenceAsync(TestDatabase database)
    {
        await using var db = NewContext(database);
        return await db.Set<AuditCheckpoint>().MaxAsync(c => (long?)c.Sequence);
    }

    private static SecurityBotDbContext NewContext(TestDatabase database)
    {
        var options = new DbContextOptionsBuilder<SecurityBotDbContext>();
        DbContextSetup.Configure(options, database.Connection, new DatabaseOptions());
        return new SecurityBotDbContext(options.Options, TestModel.AllParts);
    }
}

using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SecurityBot.Platform.Audit;
using SecurityBot.Platform.Persistence;
using SecurityBot.IntegrationTests.RiskAcceptances;

namespace SecurityBot.IntegrationTests.Audit;

public sealed class SqliteAuditLogTests() : AuditLogTests(DatabaseProvider.Sqlite);

public sealed class PostgresAuditLogTests() : AuditLogTests(DatabaseProvider.PostgreSQL);

/// <summary>
/// The audit log against someone with write access to the database but not the key: edits re-hashed with the
/// public algorithm, a deleted tail; and verification reading a long log in bounded batches.
/// </summary>
public abstract class AuditLogTests(DatabaseProvider provider)
{
    [Fact]
    public async Task Verify_RowEditedAndChainRehashedWithThePublicAlgorithm_Detected()
    {
        await using var h = await RiskAcceptanceHarness.CreateAsync(provider);
        await AppendAsync(h, 5);
        (await h.VerifyAuditAsync()).IsIntact.Should().BeTrue();

        await h.InScopeAsync(async sp =>
        {
            var db = sp.GetRequiredService<SecurityBotDbContext>();
            var entries = await db.Set<AuditEntry>().OrderBy(e => e.Sequence).ToListAsync();
            db.Entry(entries[1]).Property(e => e.ActorName).CurrentValue = "Mallory";
            var previous = entries[0].Hash;
            foreach (var entry in entries.Skip(1))
            {
                db.Entry(entry).Property(e => e.PreviousHash).CurrentValue = previous;
                db.Entry(entry).Property(e => e.Hash).CurrentValue = PublicAuditHash.Compute(entry, previous);
                previous = entry.Hash;
            }

            return await db.SaveChangesAsync();
        });

        var result = await h.VerifyAuditAsync();
        result.IsIntact.Should().BeFalse();
        result.FirstBrokenSequence.Should().Be(2);
    }

    [Fact]
    public async Task Verify_LastEntriesDeleted_DetectedAgainstTheSignedCheckpoint()
    {
        await using var h = await RiskAcceptanceHarness.CreateAsync(provider);
        await AppendAsync(h, 5);
        (await h.VerifyAuditAsync()).IsIntact.Should().BeTrue();

        await h.InScopeAsync(sp => sp.GetRequiredService<SecurityBotDbContext>().Database
            .ExecuteSqlRawAsync("DELETE FROM \"AuditEntries\" WHERE \"Sequence\" > 3"));

        var result = await h.VerifyAuditAsync();
        result.IsIntact.Should().BeFalse();
        result.FirstBrokenSequence.Should().Be(4);
        result.Reason.Should().Contain("were deleted");
    }

    [Fact]
    public async Task WriteCheckpoint_AfterTheTailWasDeleted_RefusesToSignTheShorterLog()
    {
        await using var h = await RiskAcceptanceHarness.CreateAsync(provider);
        await AppendAsync(h, 5);
        (await h.WriteAuditCheckpointAsync())!.Sequence.Should().Be(5);
        await h.InScopeAsync(sp => sp.GetRequiredService<SecurityBotDbContext>().Database
            .ExecuteSqlRawAsync("DELETE FROM \"AuditEntries\" WHERE \"Sequence\" = 5"));
        await AppendAsync(h, 2); // the bot carries on: entries 5 and 6 again, chained to entry 4

        (await h.WriteAuditCheckpointAsync()).Should().BeNull();

        var result = await h.VerifyAuditAsync();
        result.IsIntact.Should().BeFalse();
        result.FirstBrokenSequence.Should().Be(5);
    }

    [Fact]
    public async Task Verify_LogLongerThanTheBatchSize_ReadsItInBoundedBatches()
    {
        await using var h = await RiskAcceptanceHarness.CreateAsync(provider, new Dictionary<string, string?> { ["Audit:VerifyBatchSize"] = "4" });
        await AppendAsync(h, 10);
        await h.WriteAuditCheckpointAsync();

        using var counter = AuditCommandCounter.Start(h.Database);
        var result = await h.InScopeAsync(sp => sp.GetRequiredService<IAuditLog>().VerifyAsync(CancellationToken.None));

        result.IsIntact.Should().BeTrue();
        result.EntriesChecked.Should().Be(10);
        // 4 + 4 + 2: three keyset queries, each bounded by the batch size; never one read of the whole log.
        counter.AuditReads.Should().HaveCount(3).And.OnlyContain(sql => sql.Contains("LIMIT", StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public async Task Verify_EntriesOfEveryFeature_OneChainIntact()
    {
        await using var h = await RiskAcceptanceHarness.CreateAsync(provider);
        await AppendAsync(h, 3);
        await h.WriteAuditCheckpointAsync();
        await AppendAsync(h, 2); // after the checkpoint: still checked, link by link

        var result = await h.VerifyAuditAsync();

        result.IsIntact.Should().BeTrue();
        result.EntriesChecked.Should().Be(5);
        result.CheckpointSequence.Should().Be(5);
    }

    /// <summary>Appends <paramref name="count"/> entries in one unit of work, as a feature's turn does.</summary>
    internal static Task AppendAsync(RiskAcceptanceHarness h, int count) =>
        h.InScopeAsync(async sp =>
        {
            var log = sp.GetRequiredService<IAuditLog>();
            for (var i = 0; i < count; i++)
            {
                await log.AppendAsync(new AuditRecord("Incident", $"INC-{i + 1:000000}", "acknowledged", "user-" + i, "Person " + i, "note " + i), CancellationToken.None);
            }

            await sp.GetRequiredService<SecurityBotDbContext>().SaveChangesAsync();
            return true;
        });
}

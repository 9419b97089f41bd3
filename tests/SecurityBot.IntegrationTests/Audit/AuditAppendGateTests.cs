using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SecurityBot.IntegrationTests.RiskAcceptances;
using SecurityBot.Platform.Audit;
using SecurityBot.Platform.Persistence;

namespace SecurityBot.IntegrationTests.Audit;

public sealed class SqliteAuditAppendGateTests() : AuditAppendGateTests(DatabaseProvider.Sqlite);

public sealed class PostgresAuditAppendGateTests() : AuditAppendGateTests(DatabaseProvider.PostgreSQL);

/// <summary>
/// Units of work of one process appending to the one audit chain at the same moment: each commits on its first
/// attempt, with no sequence clash for a caller to retry, and a unit of work that ends without committing does not
/// keep the others waiting.
/// </summary>
public abstract class AuditAppendGateTests(DatabaseProvider provider)
{
    [Fact]
    public async Task Append_FortyUnitsOfWorkAtOnce_EachCommitsFirstTimeOnOneIntactChain()
    {
        await using var h = await RiskAcceptanceHarness.CreateAsync(provider);
        using var start = new ManualResetEventSlim();

        // No CommitRetry on purpose: before the gate, most of these lost the race for the next sequence number.
        var units = Enumerable.Range(1, 40).Select(i => Task.Run(() => h.InScopeAsync(async sp =>
        {
            start.Wait();
            await sp.GetRequiredService<IAuditLog>().AppendAsync(Record(i), CancellationToken.None);
            return await sp.GetRequiredService<SecurityBotDbContext>().SaveChangesAsync();
        }))).ToList();
        start.Set();
        var saved = await Task.WhenAll(units);

        saved.Should().AllSatisfy(rows => rows.Should().Be(1));
        var entries = await h.AuditAsync();
        entries.Select(e => e.Sequence).Should().Equal(Enumerable.Range(1, 40).Select(i => (long)i));
        entries.Select(e => e.EntityId).Should().OnlyHaveUniqueItems().And.HaveCount(40);
        (await h.VerifyAuditAsync()).IsIntact.Should().BeTrue();
    }

    [Fact]
    public async Task Append_InsideATransactionCommittedLater_TheNextAppenderChainsAfterTheCommit()
    {
        await using var h = await RiskAcceptanceHarness.CreateAsync(provider);
        await using var first = h.Services.CreateAsyncScope();
        var firstDb = first.ServiceProvider.GetRequiredService<SecurityBotDbContext>();
        await using var transaction = await firstDb.Database.BeginTransactionAsync();
        await first.ServiceProvider.GetRequiredService<IAuditLog>().AppendAsync(Record(1), CancellationToken.None);
        await firstDb.SaveChangesAsync();

        // Saved but not committed: the second must not read past an entry it cannot see yet.
        var second = Task.Run(() => h.InScopeAsync(async sp =>
        {
            var entry = await sp.GetRequiredService<IAuditLog>().AppendAsync(Record(2), CancellationToken.None);
            await sp.GetRequiredService<SecurityBotDbContext>().SaveChangesAsync();
            return entry.Sequence;
        }));
        await Task.Delay(TimeSpan.FromMilliseconds(300));
        await transaction.CommitAsync();

        (await second).Should().Be(2);
        (await h.VerifyAuditAsync()).IsIntact.Should().BeTrue();
    }

    [Fact]
    public async Task Append_UnitOfWorkEndsWithoutSaving_TheGateIsFreeForTheNext()
    {
        await using var h = await RiskAcceptanceHarness.CreateAsync(provider);
        await h.InScopeAsync(async sp =>
        {
            await sp.GetRequiredService<IAuditLog>().AppendAsync(Record(1), CancellationToken.None);
            return 0; // e.g. a refusal after the append: nothing saved, the scope ends
        });

        var gate = h.Services.GetRequiredService<AuditAppendGate>();
        await using var next = h.Services.CreateAsyncScope();
        var nextDb = next.ServiceProvider.GetRequiredService<SecurityBotDbContext>();

        // False only after the full wait: the abandoned unit of work would still hold the gate.
        (await gate.EnterAsync(nextDb, CancellationToken.None)).Should().BeTrue();
        gate.Leave(nextDb);
        (await h.AuditAsync()).Should().BeEmpty();
    }

    [Fact]
    public async Task Append_SaveFailsOnAnotherKey_TheGateIsReleasedWithTheFailure()
    {
        await using var h = await RiskAcceptanceHarness.CreateAsync(provider);
        await h.InScopeAsync(async sp =>
        {
            await sp.GetRequiredService<IAuditLog>().AppendAsync(Record(1), CancellationToken.None);
            return await sp.GetRequiredService<SecurityBotDbContext>().SaveChangesAsync();
        });

        await using var failing = h.Services.CreateAsyncScope();
        var db = failing.ServiceProvider.GetRequiredService<SecurityBotDbContext>();
        await failing.ServiceProvider.GetRequiredService<IAuditLog>().AppendAsync(Record(2), CancellationToken.None);
        var gate = h.Services.GetRequiredService<AuditAppendGate>();
        gate.Holds(db).Should().BeTrue();
        var stale = await db.Set<AuditEntry>().AsNoTracking().OrderBy(e => e.Sequence).FirstAsync();
        db.Entry(stale).State = EntityState.Added; // a duplicate key: the save fails

        await FluentActions.Awaiting(() => db.SaveChangesAsync()).Should().ThrowAsync<DbUpdateException>();

        gate.Holds(db).Should().BeFalse();
    }

    private static AuditRecord Record(int i) => new("Incident", $"INC-{i:000000}", "acknowledged", "user-" + i, "Person " + i, null);
}

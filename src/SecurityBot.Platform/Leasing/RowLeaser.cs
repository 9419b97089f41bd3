using Microsoft.EntityFrameworkCore;
using SecurityBot.Platform.Persistence;

namespace SecurityBot.Platform.Leasing;

/// <summary>
/// Leases, renews and releases rows of one work table (the outbox, the durable timers) for one instance, so several
/// instances never work on the same row. A leased row carries LeaseOwner (a token per lease, also the entity's
/// concurrency check) and LeaseUntil; the table has "Id", a "Status" whose 0 means "waiting to be worked on", and a
/// due column. Leasing is one short statement: PostgreSQL skips rows another instance is claiming
/// (FOR UPDATE SKIP LOCKED); SQLite has a single writer, which makes the conditional UPDATE atomic.
/// </summary>
public sealed class RowLeaser<TRow>(string table, string dueColumn)
    where TRow : class
{
    // Identifiers come from the two constants each leaser is built with, never from input; values are parameters.
    private string LeaseSql(int excluded, bool npgsql)
    {
        var notInHand = excluded == 0 ? string.Empty
            : $""" AND "Id" NOT IN ({string.Join(", ", Enumerable.Range(4, excluded).Select(i => $"{{{i}}}"))})""";
        return $$"""
            UPDATE "{{table}}" SET "LeaseOwner" = {0}, "LeaseUntil" = {1}
            WHERE "Id" IN (
                SELECT "Id" FROM "{{table}}"
                WHERE "Status" = 0 AND "{{dueColumn}}" <= {2} AND ("LeaseUntil" IS NULL OR "LeaseUntil" < {2}){{notInHand}}
                ORDER BY "{{dueColumn}}"
                LIMIT {3}{{(npgsql ? " FOR UPDATE SKIP LOCKED" : string.Empty)}})
            """;
    }

    /// <summary>
    /// Leases up to <paramref name="max"/> due rows under <paramref name="owner"/> until <paramref name="until"/>.
    /// <paramref name="inHand"/> are rows this instance is still working on: never leased again here, even when a
    /// stalled renewal let their lease run out, because a second lease would send or fire them a second time.
    /// </summary>
    public async Task<IReadOnlyList<Guid>> LeaseAsync(SecurityBotDbContext db, string owner, int max, DateTimeOffset now, DateTimeOffset until,
        CancellationToken cancellationToken, IReadOnlyCollection<Guid>? inHand = null)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(max);
        var excluded = inHand ?? [];
        if (db.Database.IsNpgsql())
        {
            object[] values = [owner, until.ToUniversalTime(), now.ToUniversalTime(), max, .. excluded.Cast<object>()];
            await db.Database.ExecuteSqlRawAsync(LeaseSql(excluded.Count, npgsql: true), values, cancellationToken);
        }
        else
        {
            // SQLite stores instants as UTC ticks (UtcTicksDateTimeOffsetConverter) and ids as upper-case text (EF
            // Core's default); raw SQL compares them as such.
            object[] values = [owner, until.UtcTicks, now.UtcTicks, max, .. excluded.Select(id => (object)id.ToString().ToUpperInvariant())];
            await db.Database.ExecuteSqlRawAsync(LeaseSql(excluded.Count, npgsql: false), values, cancellationToken);
        }

        return await db.Set<TRow>().Where(r => EF.Property<string?>(r, "LeaseOwner") == owner)
            .Select(r => EF.Property<Guid>(r, "Id")).ToListAsync(cancellationToken);
    }

    /// <summary>Extends every row still held under these lease tokens (the heartbeat); returns how many.</summary>
    public Task<int> RenewAsync(SecurityBotDbContext db, IReadOnlyCollection<string> owners, DateTimeOffset until, CancellationToken cancellationToken) =>
        db.Set<TRow>()
            .Where(r => owners.Contains(EF.Property<string>(r, "LeaseOwner")))
            .ExecuteUpdateAsync(s => s.SetProperty(r => EF.Property<DateTimeOffset?>(r, "LeaseUntil"), until), cancellationToken);

    /// <summary>
    /// Which of <paramref name="ids"/> are now leased under a token that is none of <paramref name="owners"/>: taken
    /// over by another instance (or another lease of this one). A row whose lease was cleared is taken by no one.
    /// </summary>
    public async Task<IReadOnlySet<Guid>> TakenAsync(SecurityBotDbContext db, IReadOnlyCollection<Guid> ids, IReadOnlyCollection<string> owners, CancellationToken cancellationToken) =>
        (await db.Set<TRow>()
            .Where(r => ids.Contains(EF.Property<Guid>(r, "Id"))
                        && EF.Property<string?>(r, "LeaseOwner") != null
                        && !owners.Contains(EF.Property<string>(r, "LeaseOwner")))
            .Select(r => EF.Property<Guid>(r, "Id")).ToListAsync(cancellationToken)).ToHashSet();

    /// <summary>Gives rows back (graceful shutdown) so no instance need wait for the lease to expire.</summary>
    public Task<int> ReleaseAsync(SecurityBotDbContext db, IReadOnlyCollection<Guid> ids, string owner, CancellationToken cancellationToken) =>
        db.Set<TRow>()
            .Where(r => ids.Contains(EF.Property<Guid>(r, "Id")) && EF.Property<string>(r, "LeaseOwner") == owner)
            .ExecuteUpdateAsync(s => s
                .SetProperty(r => EF.Property<string?>(r, "LeaseOwner"), (string?)null)
                .SetProperty(r => EF.Property<DateTimeOffset?>(r, "LeaseUntil"), (DateTimeOffset?)null), cancellationToken);
}

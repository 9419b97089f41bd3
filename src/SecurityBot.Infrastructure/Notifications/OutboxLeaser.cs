using Microsoft.EntityFrameworkCore;
using SecurityBot.Infrastructure.Persistence;

namespace SecurityBot.Infrastructure.Notifications;

/// <summary>
/// Claims due outbox rows for one dispatcher in one short statement, so several instances never work on the same
/// row: PostgreSQL skips rows another instance is claiming (FOR UPDATE SKIP LOCKED); SQLite has a single writer,
/// which makes the conditional UPDATE atomic.
/// </summary>
internal static class OutboxLeaser
{
    public static async Task<IReadOnlyList<Guid>> LeaseAsync(SecurityBotDbContext db, string owner, int max, DateTimeOffset now, DateTimeOffset until, CancellationToken cancellationToken)
    {
        if (db.Database.IsNpgsql())
        {
            await db.Database.ExecuteSqlAsync($"""
                UPDATE "OutboxMessages" SET "LeaseOwner" = {owner}, "LeaseUntil" = {until}
                WHERE "Id" IN (
                    SELECT "Id" FROM "OutboxMessages"
                    WHERE "Status" = 0 AND "NextAttemptAt" <= {now} AND ("LeaseUntil" IS NULL OR "LeaseUntil" < {now})
                    ORDER BY "NextAttemptAt"
                    LIMIT {max}
                    FOR UPDATE SKIP LOCKED)
                """, cancellationToken);
        }
        else
        {
            var due = db.Set<OutboxMessage>()
                .Where(m => m.Status == OutboxStatus.Pending && m.NextAttemptAt <= now && (m.LeaseUntil == null || m.LeaseUntil < now))
                .OrderBy(m => m.NextAttemptAt)
                .Take(max)
                .Select(m => m.Id);
            await db.Set<OutboxMessage>()
                .Where(m => due.Contains(m.Id))
                .ExecuteUpdateAsync(s => s.SetProperty(m => m.LeaseOwner, owner).SetProperty(m => m.LeaseUntil, until), cancellationToken);
        }

        return await db.Set<OutboxMessage>().Where(m => m.LeaseOwner == owner && m.Status == OutboxStatus.Pending)
            .Select(m => m.Id).ToListAsync(cancellationToken);
    }

    /// <summary>Gives rows back (graceful shutdown) so another instance need not wait for the lease to expire.</summary>
    public static Task ReleaseAsync(SecurityBotDbContext db, IReadOnlyCollection<Guid> ids, string owner, CancellationToken cancellationToken) =>
        db.Set<OutboxMessage>()
            .Where(m => ids.Contains(m.Id) && m.LeaseOwner == owner && m.Status == OutboxStatus.Pending)
            .ExecuteUpdateAsync(s => s.SetProperty(m => m.LeaseOwner, (string?)null).SetProperty(m => m.LeaseUntil, (DateTimeOffset?)null), cancellationToken);
}

using Microsoft.EntityFrameworkCore;
using SecurityBot.Infrastructure.Persistence;

namespace SecurityBot.Infrastructure.Timers;

/// <summary>Claims due timers for one instance; same scheme as the outbox (SKIP LOCKED on PostgreSQL, one writer on SQLite).</summary>
internal static class TimerLeaser
{
    public static async Task<IReadOnlyList<Guid>> LeaseAsync(SecurityBotDbContext db, string owner, int max, DateTimeOffset now, DateTimeOffset until, CancellationToken cancellationToken)
    {
        if (db.Database.IsNpgsql())
        {
            await db.Database.ExecuteSqlAsync($"""
                UPDATE "ScheduledTimers" SET "LeaseOwner" = {owner}, "LeaseUntil" = {until}
                WHERE "Id" IN (
                    SELECT "Id" FROM "ScheduledTimers"
                    WHERE "Status" = 0 AND "DueAt" <= {now} AND ("LeaseUntil" IS NULL OR "LeaseUntil" < {now})
                    ORDER BY "DueAt"
                    LIMIT {max}
                    FOR UPDATE SKIP LOCKED)
                """, cancellationToken);
        }
        else
        {
            var due = db.Set<ScheduledTimer>()
                .Where(t => t.Status == TimerStatus.Scheduled && t.DueAt <= now && (t.LeaseUntil == null || t.LeaseUntil < now))
                .OrderBy(t => t.DueAt)
                .Take(max)
                .Select(t => t.Id);
            await db.Set<ScheduledTimer>()
                .Where(t => due.Contains(t.Id))
                .ExecuteUpdateAsync(s => s.SetProperty(t => t.LeaseOwner, owner).SetProperty(t => t.LeaseUntil, until), cancellationToken);
        }

        return await db.Set<ScheduledTimer>().Where(t => t.LeaseOwner == owner && t.Status == TimerStatus.Scheduled)
            .Select(t => t.Id).ToListAsync(cancellationToken);
    }
}

using System.Linq.Expressions;
using Microsoft.EntityFrameworkCore;
using SecurityBot.Platform.Persistence;

namespace SecurityBot.Platform.Timers;

/// <summary>Timer rows in the caller's unit of work: scheduled or cancelled together with the state change that decided it.</summary>
internal sealed class EfTimerScheduler(SecurityBotDbContext db, TimeProvider time, FiringTimer firing) : ITimerScheduler
{
    public async Task ScheduleAsync(string entityType, string entityId, string kind, DateTimeOffset dueAt, string? payloadJson, CancellationToken cancellationToken)
    {
        await CancelAsync(entityType, entityId, kind, cancellationToken);
        db.Add(new ScheduledTimer(entityType, entityId, kind, dueAt, payloadJson, time.GetUtcNow()));
    }

    public async Task<IReadOnlyList<DateTimeOffset>> PendingDueTimesAsync(string entityType, string entityId, string kind, CancellationToken cancellationToken) =>
        await db.Set<ScheduledTimer>().AsNoTracking()
            .Where(t => t.EntityType == entityType && t.EntityId == entityId && t.Kind == kind && t.Status == TimerStatus.Scheduled)
            .Select(t => t.DueAt)
            .ToListAsync(cancellationToken);

    public async Task SaveWithCoalescedTimerAsync(string entityType, string entityId, string kind, DateTimeOffset dueAt, CancellationToken cancellationToken)
    {
        var own = db.Database.CurrentTransaction is null ? await db.Database.BeginTransactionAsync(cancellationToken) : null;
        try
        {
            // A no-op write on the waiting timer: on SQLite the transaction now holds the write lock the leaser needs, on
            // PostgreSQL the row lock its FOR UPDATE SKIP LOCKED skips. Either way it cannot be leased before the commit.
            var firingId = firing.Id ?? Guid.Empty;
            var held = await db.Set<ScheduledTimer>()
                .Where(t => t.EntityType == entityType && t.EntityId == entityId && t.Kind == kind
                            && t.Status == TimerStatus.Scheduled && t.LeaseOwner == null && t.Id != firingId)
                .ExecuteUpdateAsync(s => s.SetProperty(t => t.DueAt, t => t.DueAt), cancellationToken);
            if (held == 0)
            {
                db.Add(new ScheduledTimer(entityType, entityId, kind, dueAt, null, time.GetUtcNow()));
            }

            await db.SaveChangesAsync(cancellationToken);
            if (own is not null)
            {
                await own.CommitAsync(cancellationToken);
            }
        }
        finally
        {
            if (own is not null)
            {
                await own.DisposeAsync();
            }
        }
    }

    public async Task<int> CancelAsync(string entityType, string entityId, string kind, CancellationToken cancellationToken)
    {
        var firingId = firing.Id ?? Guid.Empty;
        Expression<Func<ScheduledTimer, bool>> isPending = t =>
            t.EntityType == entityType && t.EntityId == entityId && t.Kind == kind && t.Status == TimerStatus.Scheduled && t.Id != firingId;

        // Loading puts the stored rows beside those scheduled earlier in this unit of work, so one look covers both.
        var timers = db.Set<ScheduledTimer>();
        await timers.Where(isPending).LoadAsync(cancellationToken);
        var pending = timers.Local.Where(isPending.Compile()).ToList();
        foreach (var timer in pending)
        {
            timer.Cancel();
        }

        return pending.Count;
    }
}

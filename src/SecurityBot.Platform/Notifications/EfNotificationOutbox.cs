using Microsoft.EntityFrameworkCore;
using SecurityBot.Platform.Persistence;

namespace SecurityBot.Platform.Notifications;

/// <summary>Adds outbox rows to the scoped <see cref="SecurityBotDbContext"/>; the caller's SaveChanges commits them with its state change.</summary>
internal sealed class EfNotificationOutbox(SecurityBotDbContext db, TimeProvider time) : INotificationOutbox
{
    public async Task<bool> EnqueueAsync(OutboundNotification notification, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(notification);
        return await EnqueueManyAsync([notification], cancellationToken) == 1;
    }

    public async Task<int> EnqueueManyAsync(IReadOnlyCollection<OutboundNotification> notifications, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(notifications);
        var outbox = db.Set<OutboxMessage>();
        var taken = LocalKeys(outbox);
        var keys = notifications.Select(n => n.IdempotencyKey).Where(k => !taken.Contains(k)).Distinct(StringComparer.Ordinal).ToList();
        // One query for the whole batch: a fan-out of 1,000 checked one key at a time held the SQLite write lock for
        // seconds (every delivery commit and lease renewal waited behind it).
        if (keys.Count > 0)
        {
            taken.UnionWith(await outbox.Where(m => keys.Contains(m.IdempotencyKey)).Select(m => m.IdempotencyKey).ToListAsync(cancellationToken));
        }

        var now = time.GetUtcNow();
        var added = 0;
        foreach (var notification in notifications)
        {
            if (taken.Add(notification.IdempotencyKey))
            {
                outbox.Add(OutboxMessage.NewMessage(notification, now));
                added++;
            }
        }

        return added;
    }

    public async Task<EnqueueOnceOutcome> EnqueueOnceAsync(OutboundNotification notification, CancellationToken cancellationToken)
    {
        if (!await EnqueueAsync(notification, cancellationToken))
        {
            return EnqueueOnceOutcome.AlreadyQueued;
        }

        try
        {
            await db.SaveChangesAsync(cancellationToken);
            return EnqueueOnceOutcome.Queued;
        }
        catch (DbUpdateException ex) when (DbErrors.IsUniqueViolation(ex, PlatformUniqueKeys.OutboxIdempotencyKey))
        {
            // Only the refused rows are dropped: whatever else the scope tracks stays as it was.
            foreach (var entry in ex.Entries)
            {
                entry.State = EntityState.Detached;
            }

            return EnqueueOnceOutcome.QueuedConcurrently;
        }
    }

    /// <summary>
    /// The keys of the rows this unit of work already tracks. An idempotency key never changes after the row is made,
    /// so the local view is read without DetectChanges, which compares every tracked entity on each access.
    /// </summary>
    private HashSet<string> LocalKeys(DbSet<OutboxMessage> outbox)
    {
        var tracker = db.ChangeTracker;
        var detect = tracker.AutoDetectChangesEnabled;
        tracker.AutoDetectChangesEnabled = false;
        try
        {
            return outbox.Local.Select(m => m.IdempotencyKey).ToHashSet(StringComparer.Ordinal);
        }
        finally
        {
            tracker.AutoDetectChangesEnabled = detect;
        }
    }
}

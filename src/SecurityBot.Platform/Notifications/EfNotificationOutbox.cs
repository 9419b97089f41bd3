using Microsoft.EntityFrameworkCore;
using SecurityBot.Platform.Persistence;

namespace SecurityBot.Platform.Notifications;

/// <summary>Adds outbox rows to the scoped <see cref="SecurityBotDbContext"/>; the caller's SaveChanges commits them with its state change.</summary>
internal sealed class EfNotificationOutbox(SecurityBotDbContext db, TimeProvider time) : INotificationOutbox
{
    public async Task<bool> EnqueueAsync(OutboundNotification notification, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(notification);
        var key = notification.IdempotencyKey;
        var outbox = db.Set<OutboxMessage>();
        if (outbox.Local.Any(m => m.IdempotencyKey == key) || await outbox.AnyAsync(m => m.IdempotencyKey == key, cancellationToken))
        {
            return false;
        }

        outbox.Add(OutboxMessage.NewMessage(notification, time.GetUtcNow()));
        return true;
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
}

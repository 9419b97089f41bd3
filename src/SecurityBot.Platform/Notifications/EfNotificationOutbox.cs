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
}

namespace SecurityBot.Platform.Notifications;

/// <summary>
/// Adds notifications to the caller's unit of work: nothing is sent until the caller's SaveChanges commits, so a
/// state change and the notifications it causes are stored together or not at all.
/// </summary>
public interface INotificationOutbox
{
    /// <summary>Adds a new-message notification; returns false when one with the same idempotency key already exists.</summary>
    Task<bool> EnqueueAsync(OutboundNotification notification, CancellationToken cancellationToken);
}

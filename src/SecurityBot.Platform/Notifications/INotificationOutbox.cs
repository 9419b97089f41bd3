namespace SecurityBot.Platform.Notifications;

/// <summary>
/// Adds notifications to the caller's unit of work: nothing is sent until the caller's SaveChanges commits, so a
/// state change and the notifications it causes are stored together or not at all.
/// </summary>
public interface INotificationOutbox
{
    /// <summary>Adds a new-message notification; returns false when one with the same idempotency key already exists.</summary>
    Task<bool> EnqueueAsync(OutboundNotification notification, CancellationToken cancellationToken);

    /// <summary>
    /// Adds many new-message notifications (a campaign's batch) with one lookup of their keys; returns how many were
    /// added (a key already queued, or twice in the list, is added once).
    /// </summary>
    Task<int> EnqueueManyAsync(IReadOnlyCollection<OutboundNotification> notifications, CancellationToken cancellationToken);

    /// <summary>
    /// Adds a notification that must exist once (a welcome, a private answer) and commits the unit of work now. Two
    /// concurrent turns (on two instances) can both pass the "already queued?" check; the slower insert then loses on
    /// the idempotency key, which is the outcome wanted, so it is <see cref="EnqueueOnceOutcome.QueuedConcurrently"/>,
    /// not an error. Any other failure propagates.
    /// </summary>
    Task<EnqueueOnceOutcome> EnqueueOnceAsync(OutboundNotification notification, CancellationToken cancellationToken);
}

namespace SecurityBot.Platform.Notifications;

/// <summary>What <see cref="INotificationOutbox.EnqueueOnceAsync"/> did.</summary>
public enum EnqueueOnceOutcome
{
    /// <summary>This call queued it and committed.</summary>
    Queued,

    /// <summary>A row with the same idempotency key was already stored (or tracked); nothing was written.</summary>
    AlreadyQueued,

    /// <summary>A concurrent writer (another instance) committed the same key first; that row is the one.</summary>
    QueuedConcurrently,
}

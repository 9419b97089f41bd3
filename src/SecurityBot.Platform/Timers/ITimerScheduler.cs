namespace SecurityBot.Platform.Timers;

/// <summary>
/// Durable timers: rows in the caller's unit of work, fired exactly once by the scheduler after they are due, across
/// restarts and instances.
/// </summary>
public interface ITimerScheduler
{
    /// <summary>Schedules (or reschedules: a pending timer with the same entity and kind is replaced) a timer.</summary>
    Task ScheduleAsync(string entityType, string entityId, string kind, DateTimeOffset dueAt, string? payloadJson, CancellationToken cancellationToken);

    /// <summary>When the pending (not yet fired or cancelled) timers of that entity and kind are due; a capability that keeps a recurring timer checks it at start.</summary>
    Task<IReadOnlyList<DateTimeOffset>> PendingDueTimesAsync(string entityType, string entityId, string kind, CancellationToken cancellationToken);

    /// <summary>
    /// Commits the caller's unit of work (SaveChanges, in a transaction of its own unless one is open) together with
    /// the promise that a timer of that entity and kind fires after this commit: a pending one that has not started
    /// firing is kept, and held until the commit so that it cannot start before it (the leaser skips it); otherwise one
    /// is added at <paramref name="dueAt"/>. For updates coalesced into one firing per window that must still miss
    /// none of the changes committed while a firing runs. A firing already running is left alone, never cancelled.
    /// </summary>
    Task SaveWithCoalescedTimerAsync(string entityType, string entityId, string kind, DateTimeOffset dueAt, CancellationToken cancellationToken);

    /// <summary>Cancels the pending timers of that entity and kind; returns how many.</summary>
    Task<int> CancelAsync(string entityType, string entityId, string kind, CancellationToken cancellationToken);
}

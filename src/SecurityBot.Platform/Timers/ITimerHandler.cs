namespace SecurityBot.Platform.Timers;

/// <summary>
/// Handles due timers of one kind. Runs in its own DI scope and database transaction: the handler's changes (via
/// the scoped DbContext, outbox, scheduler) and the timer's "fired" mark commit together; if the handler throws,
/// nothing is kept and the timer is retried with backoff.
/// </summary>
public interface ITimerHandler
{
    /// <summary>The kind this handler fires, e.g. "incident.escalation".</summary>
    string Kind { get; }

    /// <summary>
    /// Outside work before the unit of work opens (an HTTP call to Graph), in the same scope as
    /// <see cref="HandleAsync"/>, which records what it found. It holds no database transaction: on SQLite the unit of
    /// work holds the database's single write lock, so slow calls made inside it would stall every other writer (the
    /// outbox, turns). It may run again for the same timer (a retry, a lease lost to a crash), so it must be safe to
    /// repeat; it keeps its result on the handler instance, and the database changes it leads to are made by
    /// <see cref="HandleAsync"/>. Most handlers need none.
    /// </summary>
    Task PrepareAsync(DueTimer timer, CancellationToken cancellationToken) => Task.CompletedTask;

    Task HandleAsync(DueTimer timer, CancellationToken cancellationToken);
}

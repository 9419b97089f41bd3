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

    Task HandleAsync(DueTimer timer, CancellationToken cancellationToken);
}

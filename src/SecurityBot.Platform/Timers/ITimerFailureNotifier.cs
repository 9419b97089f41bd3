namespace SecurityBot.Platform.Timers;

/// <summary>
/// Tells the security team that a durable timer gave up (its handler failed Timers:MaxAttempts times), so the
/// escalation or reminder it stood for is done by hand. Called in the scheduler's unit of work that marks it failed.
/// </summary>
public interface ITimerFailureNotifier
{
    Task NotifyAsync(TimerFailure failure, CancellationToken cancellationToken);
}

namespace SecurityBot.Platform.Timers;

/// <summary>
/// The timer whose handler runs in this scope, if any. A handler that re-arms or cancels its own kind for its own
/// entity (a reminder scheduling the next one) must not cancel the timer being fired: the scheduler marks that one
/// fired when the handler's work commits.
/// </summary>
internal sealed class FiringTimer
{
    public Guid? Id { get; set; }
}

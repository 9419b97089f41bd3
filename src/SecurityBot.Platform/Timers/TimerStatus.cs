namespace SecurityBot.Platform.Timers;

public enum TimerStatus
{
    Scheduled = 0,
    Fired = 1,
    Cancelled = 2,

    /// <summary>The handler kept failing (or no handler exists for the kind); logged, never retried.</summary>
    Failed = 3,
}

using System.ComponentModel.DataAnnotations;

namespace SecurityBot.Platform.Timers;

/// <summary>The "Timers" configuration section.</summary>
public sealed class TimerOptions
{
    public const string SectionName = "Timers";

    /// <summary>Timers:PollIntervalMilliseconds — how often due timers are looked for; at most 1000 so a timer fires within seconds of due.</summary>
    [Range(50, 1_000)]
    public int PollIntervalMilliseconds { get; set; } = 500;

    /// <summary>Timers:BatchSize — due timers fired per poll at most (each leased only when it is about to run).</summary>
    [Range(1, 1_000)]
    public int BatchSize { get; set; } = 20;

    /// <summary>
    /// Timers:LeaseSeconds — lease of a firing timer, renewed every third of it while the handler runs; after a crash
    /// the timer is free again within this, so it bounds crash recovery.
    /// </summary>
    [Range(3, 600)]
    public int LeaseSeconds { get; set; } = 10;

    /// <summary>Timers:MaxAttempts — handler failures before the timer is marked failed (logged as an error, the security team told).</summary>
    [Range(1, 100)]
    public int MaxAttempts { get; set; } = 5;

    /// <summary>Timers:RetryDelaySeconds — wait after a handler failure, doubled per attempt (with jitter).</summary>
    [Range(0.1, 3_600)]
    public double RetryDelaySeconds { get; set; } = 10;

    /// <summary>Timers:MaxRetryDelaySeconds — backoff ceiling.</summary>
    [Range(1, 86_400)]
    public double MaxRetryDelaySeconds { get; set; } = 3_600;
}

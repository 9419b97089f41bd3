using System.ComponentModel.DataAnnotations;

namespace SecurityBot.Infrastructure.Timers;

/// <summary>The "Timers" configuration section.</summary>
public sealed class TimerOptions
{
    public const string SectionName = "Timers";

    /// <summary>Timers:PollIntervalMilliseconds — how often due timers are looked for; at most 1000 so a timer fires within seconds of due.</summary>
    [Range(50, 1_000)]
    public int PollIntervalMilliseconds { get; set; } = 500;

    /// <summary>Timers:BatchSize — due timers leased per poll.</summary>
    [Range(1, 1_000)]
    public int BatchSize { get; set; } = 20;

    /// <summary>Timers:LeaseSeconds — how long one instance owns a due timer; after a crash the timer fires elsewhere when this expires.</summary>
    [Range(5, 3_600)]
    public int LeaseSeconds { get; set; } = 60;

    /// <summary>Timers:MaxAttempts — handler failures before the timer is marked failed (logged as an error).</summary>
    [Range(1, 100)]
    public int MaxAttempts { get; set; } = 5;

    /// <summary>Timers:RetryDelaySeconds — wait after a handler failure, doubled per attempt.</summary>
    [Range(0.1, 3_600)]
    public double RetryDelaySeconds { get; set; } = 10;
}

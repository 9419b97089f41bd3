namespace SecurityBot.Platform.Leasing;

/// <summary>The one backoff of the outbox and the timers: exponential from a base, capped, with jitter.</summary>
public static class RetryBackoff
{
    public static TimeSpan Delay(int attemptsSoFar, double baseSeconds, double maxSeconds)
    {
        var seconds = Math.Min(maxSeconds, baseSeconds * Math.Pow(2, Math.Max(0, attemptsSoFar)));
        // Jitter spreads a burst of failures so the retries do not all come back together.
        return TimeSpan.FromSeconds(seconds * (0.8 + (Random.Shared.NextDouble() * 0.4)));
    }
}

namespace SecurityBot.Platform.Notifications.RateLimiting;

/// <summary>
/// Exact sliding-window limiter for one key: remembers the send times inside the longest window and answers "how
/// long until one more send fits every window". Not thread-safe; <see cref="SendRateLimiter"/> locks around it.
/// </summary>
internal sealed class SlidingWindowLog(IReadOnlyList<RateWindow> windows)
{
    private readonly TimeSpan _longest = windows.Max(w => w.Length);
    private readonly Queue<DateTimeOffset> _sends = new();

    public DateTimeOffset LastSend { get; private set; } = DateTimeOffset.MinValue;

    /// <summary>Zero when a send fits now, otherwise the wait until it would.</summary>
    public TimeSpan WaitTime(DateTimeOffset now)
    {
        while (_sends.Count > 0 && _sends.Peek() <= now - _longest)
        {
            _sends.Dequeue();
        }

        var wait = TimeSpan.Zero;
        foreach (var window in windows)
        {
            // Sends still inside this window, oldest first; the send that must leave it is count - limit.
            var inWindow = _sends.Where(t => t > now - window.Length).ToList();
            if (inWindow.Count >= window.Limit)
            {
                var mustExpire = inWindow[inWindow.Count - window.Limit];
                var until = mustExpire + window.Length - now;
                if (until > wait)
                {
                    wait = until;
                }
            }
        }

        return wait;
    }

    public void Record(DateTimeOffset now)
    {
        _sends.Enqueue(now);
        LastSend = now;
    }

    public bool IsIdle(DateTimeOffset now) => LastSend <= now - _longest;
}

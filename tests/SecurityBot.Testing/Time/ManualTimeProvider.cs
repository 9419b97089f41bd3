namespace SecurityBot.Testing.Time;

/// <summary>
/// A clock that only moves when a test says so. Timers created through it (Task.Delay(…, provider),
/// PeriodicTimer) fire during <see cref="Advance"/>, in due order.
/// </summary>
public sealed class ManualTimeProvider(DateTimeOffset start) : TimeProvider
{
    private readonly Lock _gate = new();
    private readonly List<ManualTimer> _timers = [];
    private DateTimeOffset _now = start;

    public ManualTimeProvider()
        : this(new DateTimeOffset(2026, 1, 5, 9, 0, 0, TimeSpan.Zero))
    {
    }

    public override TimeZoneInfo LocalTimeZone => TimeZoneInfo.Utc;

    public override DateTimeOffset GetUtcNow()
    {
        lock (_gate)
        {
            return _now;
        }
    }

    public override long GetTimestamp() => GetUtcNow().UtcTicks;

    public override long TimestampFrequency => TimeSpan.TicksPerSecond;

    /// <summary>When each pending timer (Task.Delay, timeouts) is due; lets a test see a wait was scheduled before moving the clock.</summary>
    public IReadOnlyList<DateTimeOffset> PendingTimerDueTimes
    {
        get
        {
            lock (_gate)
            {
                return [.. _timers.Select(t => t.DueAt).Order()];
            }
        }
    }

    /// <summary>
    /// Waits until code under test has scheduled a timer whose due time matches, and returns that time. The 30 s
    /// limit is a hang guard only: what is awaited is a wait being scheduled on this clock, not time passing.
    /// </summary>
    public async Task<DateTimeOffset> WaitForTimerAsync(Func<DateTimeOffset, bool> match)
    {
        ArgumentNullException.ThrowIfNull(match);
        var deadline = DateTime.UtcNow.AddSeconds(30);
        while (true)
        {
            var found = PendingTimerDueTimes.Where(match).ToList();
            if (found.Count > 0)
            {
                return found[0];
            }

            if (DateTime.UtcNow > deadline)
            {
                throw new TimeoutException("No timer matching the expected wait was scheduled within 30 s.");
            }

            await Task.Delay(10).ConfigureAwait(false);
        }
    }

    /// <summary>Moves the clock forward and fires every timer that became due, earliest first.</summary>
    public void Advance(TimeSpan by)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(by, TimeSpan.Zero);
        DateTimeOffset target;
        lock (_gate)
        {
            target = _now + by;
        }

        while (true)
        {
            ManualTimer? next;
            lock (_gate)
            {
                next = _timers.Where(t => t.DueAt <= target).MinBy(t => t.DueAt);
                if (next is null)
                {
                    _now = target;
                    return;
                }

                if (next.DueAt > _now)
                {
                    _now = next.DueAt;
                }
            }

            next.Fire();
        }
    }

    public override ITimer CreateTimer(TimerCallback callback, object? state, TimeSpan dueTime, TimeSpan period)
    {
        var timer = new ManualTimer(this, callback, state);
        timer.Change(dueTime, period);
        return timer;
    }

    private void Schedule(ManualTimer timer)
    {
        lock (_gate)
        {
            if (!_timers.Contains(timer))
            {
                _timers.Add(timer);
            }
        }
    }

    private void Unschedule(ManualTimer timer)
    {
        lock (_gate)
        {
            _timers.Remove(timer);
        }
    }

    private sealed class ManualTimer(ManualTimeProvider owner, TimerCallback callback, object? state) : ITimer
    {
        private TimeSpan _period = Timeout.InfiniteTimeSpan;

        public DateTimeOffset DueAt { get; private set; }

        public bool Change(TimeSpan dueTime, TimeSpan period)
        {
            _period = period;
            if (dueTime == Timeout.InfiniteTimeSpan)
            {
                owner.Unschedule(this);
                return true;
            }

            DueAt = owner.GetUtcNow() + dueTime;
            owner.Schedule(this);
            return true;
        }

        public void Fire()
        {
            if (_period == Timeout.InfiniteTimeSpan || _period == TimeSpan.Zero)
            {
                owner.Unschedule(this);
            }
            else
            {
                DueAt += _period;
            }

            callback(state);
        }

        public void Dispose() => owner.Unschedule(this);

        public ValueTask DisposeAsync()
        {
            Dispose();
            return ValueTask.CompletedTask;
        }
    }
}

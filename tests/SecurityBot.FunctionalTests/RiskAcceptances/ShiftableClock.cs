namespace SecurityBot.FunctionalTests.RiskAcceptances;

/// <summary>
/// Real time plus an offset the test moves forward: background pollers keep running on real timers while "now"
/// jumps ahead (a ManualTimeProvider would also freeze the pollers' delays).
/// </summary>
public sealed class ShiftableClock : TimeProvider
{
    private long _offsetTicks;

    public TimeSpan Offset => TimeSpan.FromTicks(Interlocked.Read(ref _offsetTicks));

    public override DateTimeOffset GetUtcNow() => System.GetUtcNow() + Offset;

    /// <summary>Moves "now" to <paramref name="target"/> (never backwards).</summary>
    public void MoveTo(DateTimeOffset target)
    {
        var delta = target - GetUtcNow();
        if (delta > TimeSpan.Zero)
        {
            Interlocked.Add(ref _offsetTicks, delta.Ticks);
        }
    }
}

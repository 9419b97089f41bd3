namespace SecurityBot.Crisis.Domain;

/// <summary>
/// When a running clock reminds: the configured hours before its deadline that fall after its start, then the
/// deadline. Computed from the clock's own deadline, so a restart (or a changed setting) loses no point.
/// </summary>
internal sealed class RegulatorSchedule
{
    private RegulatorSchedule(IReadOnlyList<RegulatorReminderPoint> points) => Points = points;

    /// <summary>Earliest first; the last one is the deadline.</summary>
    public IReadOnlyList<RegulatorReminderPoint> Points { get; }

    public static RegulatorSchedule For(RegulatorClock clock, IEnumerable<int> hoursBefore)
    {
        ArgumentNullException.ThrowIfNull(clock);
        ArgumentNullException.ThrowIfNull(hoursBefore);
        var points = hoursBefore.Where(h => h > 0).Distinct()
            .Select(h => new RegulatorReminderPoint(clock.DeadlineAt.AddHours(-h), h))
            .Where(p => p.At > clock.StartedAt)
            .OrderBy(p => p.At)
            .Append(new RegulatorReminderPoint(clock.DeadlineAt, 0))
            .ToList();
        return new RegulatorSchedule(points);
    }

    /// <summary>The first point strictly after <paramref name="after"/>; null once the deadline is behind.</summary>
    public RegulatorReminderPoint? NextAfter(DateTimeOffset after) => Points.FirstOrDefault(p => p.At > after);

    /// <summary>The latest point reached at <paramref name="now"/> (a bot down for a while catches up with one reminder, not several).</summary>
    public RegulatorReminderPoint? ReachedAt(DateTimeOffset now) => Points.LastOrDefault(p => p.At <= now);
}

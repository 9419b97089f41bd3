namespace SecurityBot.Metrics.Domain;

/// <summary>
/// Mean, median and 90th percentile of a set of durations (docs/metrics.md): the median of an even count is the
/// mean of the two middle values; the 90th percentile is the nearest-rank value (the ⌈0.9·n⌉-th smallest), so it is
/// always a duration that really happened. Empty sets have no figures (null), never zero.
/// </summary>
internal sealed record DurationSummary(int Count, TimeSpan? Mean, TimeSpan? Median, TimeSpan? P90)
{
    public static DurationSummary Empty { get; } = new(0, null, null, null);

    public static DurationSummary Of(IEnumerable<TimeSpan> durations)
    {
        ArgumentNullException.ThrowIfNull(durations);
        var sorted = durations.Select(d => d.Ticks).Order().ToArray();
        if (sorted.Length == 0)
        {
            return Empty;
        }

        var n = sorted.Length;
        var mean = TimeSpan.FromTicks((long)sorted.Average(t => (decimal)t));
        var median = n % 2 == 1 ? sorted[n / 2] : (long)(((decimal)sorted[(n / 2) - 1] + sorted[n / 2]) / 2);
        var p90 = sorted[(int)Math.Ceiling(0.9 * n) - 1];
        return new DurationSummary(n, mean, TimeSpan.FromTicks(median), TimeSpan.FromTicks(p90));
    }
}

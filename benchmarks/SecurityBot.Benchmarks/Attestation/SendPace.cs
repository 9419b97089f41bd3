namespace SecurityBot.Benchmarks.Attestation;

/// <summary>
/// The shape of the fan-out at the fake: campaign cards accepted per 1 s bucket from the first card, so a run that
/// misses the floor shows where the time went (a slow start, dips while fan-out batches are written, a long tail).
/// </summary>
internal sealed record SendPace(int Seconds, int Min, int P10, int Median, int Max, int SlowSeconds, double SlowSecondsDeficit, string SlowAt)
{
    /// <summary>A second below this many cards counts as slow (the limiter's own pace is 50 per 1.05 s ≈ 47.6).</summary>
    public const int SlowBelow = 45;

    public static SendPace Of(IReadOnlyList<DateTimeOffset> arrivals)
    {
        if (arrivals.Count == 0)
        {
            return new SendPace(0, 0, 0, 0, 0, 0, 0, string.Empty);
        }

        var first = arrivals.Min();
        var counts = new int[(int)(arrivals.Max() - first).TotalSeconds + 1];
        foreach (var at in arrivals)
        {
            counts[(int)(at - first).TotalSeconds]++;
        }

        // The last bucket is partial by construction; it says nothing about pace.
        var full = counts.Length > 1 ? counts[..^1] : counts;
        var sorted = full.Order().ToArray();
        var slow = full.Where(c => c < SlowBelow).ToArray();
        return new SendPace(counts.Length, sorted[0], sorted[sorted.Length / 10], sorted[sorted.Length / 2], sorted[^1], slow.Length,
            slow.Sum(c => (SlowBelow - c) / 50.0), string.Join(", ", full.Select((c, i) => (c, i)).Where(x => x.c < SlowBelow).Select(x => $"{x.i}:{x.c}")));
    }

    public override string ToString() =>
        $"Pace at the fake: {Seconds} one-second buckets, cards per second min {Min}, p10 {P10}, median {Median}, max {Max}; " +
        $"{SlowSeconds} seconds below {SlowBelow} (≈ {SlowSecondsDeficit:F1} s lost to them){(SlowAt.Length > 0 ? $" — second:cards {SlowAt}" : string.Empty)}";
}

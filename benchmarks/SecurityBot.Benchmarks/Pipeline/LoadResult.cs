namespace SecurityBot.Benchmarks.Pipeline;

/// <summary>Throughput and latency percentiles of one load run.</summary>
internal sealed record LoadResult(int Succeeded, int Failed, double PerSecond, double P50, double P99, double Max)
{
    public static LoadResult From(List<double> latencies, int failed, TimeSpan elapsed)
    {
        latencies.Sort();
        return new LoadResult(
            latencies.Count,
            failed,
            latencies.Count / elapsed.TotalSeconds,
            Percentile(latencies, 0.50),
            Percentile(latencies, 0.99),
            latencies.Count == 0 ? 0 : latencies[^1]);
    }

    private static double Percentile(List<double> sorted, double p) =>
        sorted.Count == 0 ? 0 : sorted[Math.Min(sorted.Count - 1, (int)Math.Ceiling(p * sorted.Count) - 1)];

    public override string ToString() =>
        $"{PerSecond,8:F0} turns/s  p50 {P50,6:F2} ms  p99 {P99,6:F2} ms  max {Max,7:F1} ms  ok {Succeeded}  failed {Failed}";
}

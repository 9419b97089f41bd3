using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Toolchains.InProcess.Emit;

namespace SecurityBot.Benchmarks.Metrics;

/// <summary>Seeding 100,000 incidents takes a while, so few, long iterations: 2 warm-ups and 8 measured per engine.</summary>
public sealed class MetricsConfig : ManualConfig
{
    public MetricsConfig() => AddJob(Job.Default.WithToolchain(InProcessEmitToolchain.Instance).WithLaunchCount(1).WithWarmupCount(2).WithIterationCount(8));
}

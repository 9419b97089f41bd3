using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Engines;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Toolchains.InProcess.Emit;

namespace SecurityBot.Benchmarks.Notifications;

/// <summary>
/// One fan-out is ~20 s of wall time bound by the rate limits, so: no warm-up, three measured runs, in process (the
/// fake connector and the host share it), with a timeout long enough for the whole run.
/// </summary>
public sealed class FanOutConfig : ManualConfig
{
    public FanOutConfig()
    {
        AddJob(Job.Default
            .WithStrategy(RunStrategy.Monitoring)
            .WithLaunchCount(1)
            .WithWarmupCount(0)
            .WithIterationCount(3)
            .WithInvocationCount(1)
            .WithUnrollFactor(1)
            .WithToolchain(new InProcessEmitToolchain(TimeSpan.FromMinutes(30), logOutput: true)));
    }
}

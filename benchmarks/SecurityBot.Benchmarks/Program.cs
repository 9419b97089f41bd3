using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Running;
using BenchmarkDotNet.Toolchains.InProcess.Emit;
using SecurityBot.Benchmarks.Directory;

namespace SecurityBot.Benchmarks;

internal static class Program
{
    /// <summary>
    /// "directory-latency" prints the routing latency/Graph-call report; anything else goes to BenchmarkDotNet
    /// (e.g. --filter *Routing*). In-process so the shared build machine does not rebuild the solution per benchmark.
    /// </summary>
    private static async Task Main(string[] args)
    {
        if (args is ["directory-latency", ..])
        {
            await RoutingLatencyReport.RunAsync();
            return;
        }

        var config = DefaultConfig.Instance.AddJob(Job.ShortRun.WithToolchain(InProcessEmitToolchain.Instance));
        BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args, config);
    }
}

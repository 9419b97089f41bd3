using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Running;
using BenchmarkDotNet.Toolchains.InProcess.Emit;
using SecurityBot.Benchmarks.Attestation;
using SecurityBot.Benchmarks.Directory;
using SecurityBot.Benchmarks.Pipeline;
using SecurityBot.Benchmarks.Policies;

namespace SecurityBot.Benchmarks;

/// <summary>
/// "attestation [people] [--kill]" runs issue 18's campaign load program, "pipeline" runs the text-turn load comparison, "directory-latency" prints the routing latency/Graph-call report, "--policies-report" the policy search report;
/// anything else goes to BenchmarkDotNet (e.g. --filter *Routing*), in-process so the shared build machine does not
/// rebuild the solution per benchmark.
/// </summary>
internal static class Program
{
    private static async Task Main(string[] args)
    {
        if (args is ["directory-latency", ..])
        {
            await RoutingLatencyReport.RunAsync();
            return;
        }

        if (args is ["attestation", ..])
        {
            await AttestationLoadReport.RunAsync(args);
            return;
        }

        if (args is ["pipeline", ..])
        {
            await TurnPipelineReport.RunAsync(args);
            return;
        }

        if (args.Contains("--policies-report"))
        {
            PolicySearchReport.Run();
            return;
        }

        var config = DefaultConfig.Instance.AddJob(Job.ShortRun.WithToolchain(InProcessEmitToolchain.Instance));
        BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args, config);
    }
}

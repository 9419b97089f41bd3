using BenchmarkDotNet.Running;
using SecurityBot.Benchmarks.Policies;

namespace SecurityBot.Benchmarks;

/// <summary>
/// BenchmarkDotNet switcher (e.g. <c>-- --filter *Policy*</c>); <c>--policies-report</c> prints the policy search
/// report (latency percentiles, build time, relevance) for docs/benchmarks-policies.md.
/// </summary>
internal static class Program
{
    private static void Main(string[] args)
    {
        if (args.Contains("--policies-report"))
        {
            PolicySearchReport.Run();
            return;
        }

        BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
    }
}

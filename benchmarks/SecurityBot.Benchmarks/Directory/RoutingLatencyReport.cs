using System.Diagnostics;
using System.Globalization;
using System.Runtime.InteropServices;
using SecurityBot.Platform.Routing;

namespace SecurityBot.Benchmarks.Directory;

/// <summary>
/// Per-decision latency percentiles (BenchmarkDotNet reports per-iteration statistics, not per-operation p99) and
/// Graph calls per routed incident, cold and warm, measured in one run against the same fake Graph.
/// Run: dotnet run -c Release --project benchmarks/SecurityBot.Benchmarks -- directory-latency
/// </summary>
internal static class RoutingLatencyReport
{
    private const int Users = 10_000;
    private const int WarmPasses = 10;
    private const int ColdSample = 200;

    public static async Task RunAsync()
    {
        await using var environment = await DirectoryBenchmarkEnvironment.StartAsync(Users);
        var graph = environment.Graph;
        Console.WriteLine($"Machine: {Environment.ProcessorCount} logical CPUs, {RuntimeInformation.ProcessArchitecture}, {RuntimeInformation.OSDescription}, {RuntimeInformation.FrameworkDescription}");
        Console.WriteLine($"Organisation: {Users} users; fake Graph over HTTPS on 127.0.0.1; real Graph SDK + Azure.Identity");
        Console.WriteLine();

        // 1. No cache at all: what each incident would cost Graph without Directory:Cache.
        await environment.RestartBotAsync(cacheEnabled: false);
        await environment.Router.RouteIncidentAsync(Incident(0, IncidentSeverity.Critical)); // token acquisition, JIT
        var uncached = await MeasureAsync(environment, Enumerable.Range(1, ColdSample).Select(i => Incident(i * 37 % Users, IncidentSeverity.Critical)));
        Print("Cache disabled, Critical incident", uncached, ColdSample);

        // 2. Fresh cache: the very first incident, then incidents of people not seen before.
        await environment.RestartBotAsync(cacheEnabled: true);
        var first = await MeasureAsync(environment, [Incident(4242, IncidentSeverity.Critical)]);
        Print("Cold cache, first Critical incident after start (includes token)", first, 1);
        var newReporters = await MeasureAsync(environment, Enumerable.Range(1, ColdSample).Select(i => Incident(i * 37 % Users, IncidentSeverity.Critical)));
        Print("Warm roles, new reporter per Critical incident", newReporters, ColdSample);

        // 3. Warm cache: every reporter seen once, then measured passes over the whole organisation.
        for (var i = 0; i < Users; i++)
        {
            await environment.Router.RouteIncidentAsync(Incident(i, IncidentSeverity.Critical));
        }

        foreach (var severity in new[] { IncidentSeverity.Medium, IncidentSeverity.Critical })
        {
            var warm = await MeasureAsync(environment, Enumerable.Range(0, Users * WarmPasses).Select(i => Incident(i % Users, severity)));
            Print($"Warm cache, {severity} incident", warm, Users * WarmPasses);
        }

        Console.WriteLine($"Token requests in the whole run: {environment.TokenRequests} (one per bot start: the credential caches the token).");
    }

    private static IncidentRoutingRequest Incident(int reporter, IncidentSeverity severity) =>
        new(BenchmarkOrganisation.UserId(reporter), severity, "phishing");

    private static async Task<Measurement> MeasureAsync(DirectoryBenchmarkEnvironment environment, IEnumerable<IncidentRoutingRequest> incidents)
    {
        var before = environment.Graph.RequestCount;
        var samples = new List<double>();
        var router = environment.Router;
        foreach (var incident in incidents)
        {
            var start = Stopwatch.GetTimestamp();
            var decision = await router.RouteIncidentAsync(incident);
            samples.Add(Stopwatch.GetElapsedTime(start).TotalMicroseconds);
            if (decision.Recipients.Count == 0)
            {
                throw new InvalidOperationException("A benchmark incident was routed to nobody.");
            }
        }

        samples.Sort();
        return new Measurement(samples, environment.Graph.RequestCount - before);
    }

    private static void Print(string label, Measurement m, int incidents)
    {
        static string Us(double value) => value.ToString("0.0", CultureInfo.InvariantCulture);
        double Percentile(double p) => m.Samples[Math.Min(m.Samples.Count - 1, (int)Math.Ceiling(p * m.Samples.Count) - 1)];
        Console.WriteLine(
            $"{label}: n={incidents}, Graph calls={m.GraphCalls} ({(double)m.GraphCalls / incidents:0.00}/incident), " +
            $"mean={Us(m.Samples.Average())} µs, p50={Us(Percentile(0.50))} µs, p99={Us(Percentile(0.99))} µs, max={Us(m.Samples[^1])} µs");
    }

    private sealed record Measurement(List<double> Samples, int GraphCalls);
}

using BenchmarkDotNet.Attributes;
using SecurityBot.Platform.Routing;

namespace SecurityBot.Benchmarks.Directory;

/// <summary>
/// Routing decisions for a 10,000-person organisation once the directory cache is warm: what every incident after
/// the first few costs. The fake Graph counts calls; the cleanup reports them (expected 0).
/// </summary>
[MemoryDiagnoser]
public class RoutingWarmCacheBenchmarks
{
    private const int Users = 10_000;
    private DirectoryBenchmarkEnvironment _environment = null!;
    private IRecipientRouter _router = null!;
    private int _next;
    private int _graphCallsAfterWarmUp;

    [GlobalSetup]
    public void Setup() => SetupAsync().GetAwaiter().GetResult();

    [Benchmark(Description = "Medium incident (team + manager)")]
    public Task<RoutingDecision> MediumIncident() =>
        _router.RouteIncidentAsync(new IncidentRoutingRequest(NextReporter(), IncidentSeverity.Medium, "phishing"));

    [Benchmark(Description = "Critical incident (all roles)")]
    public Task<RoutingDecision> CriticalIncident() =>
        _router.RouteIncidentAsync(new IncidentRoutingRequest(NextReporter(), IncidentSeverity.Critical, "malware"));

    [Benchmark(Description = "Risk acceptance, manager stage")]
    public Task<RoutingDecision> RiskAcceptanceManagerStage() =>
        _router.RouteRiskAcceptanceAsync(new RiskAcceptanceRoutingRequest(NextReporter(), RiskAcceptanceStage.Manager));

    [GlobalCleanup]
    public void Cleanup()
    {
        var calls = _environment.Graph.RequestCount - _graphCallsAfterWarmUp;
        Console.WriteLine($"// Graph calls during measured warm-cache routing: {calls}");
        _environment.DisposeAsync().AsTask().GetAwaiter().GetResult();
    }

    private string NextReporter() => BenchmarkOrganisation.UserId(Interlocked.Increment(ref _next) % Users);

    private async Task SetupAsync()
    {
        _environment = await DirectoryBenchmarkEnvironment.StartAsync(Users);
        await _environment.RestartBotAsync(cacheEnabled: true);
        _router = _environment.Router;
        for (var i = 0; i < Users; i++)
        {
            await _router.RouteIncidentAsync(new IncidentRoutingRequest(BenchmarkOrganisation.UserId(i), IncidentSeverity.Critical, null));
        }

        _graphCallsAfterWarmUp = _environment.Graph.RequestCount;
    }
}

using BenchmarkDotNet.Attributes;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using SecurityBot.Incidents;
using SecurityBot.Incidents.Domain;
using SecurityBot.Metrics;
using SecurityBot.Metrics.Application;
using SecurityBot.Metrics.Domain;
using SecurityBot.Platform;
using SecurityBot.Platform.Contracts;
using SecurityBot.Platform.Persistence;
using SecurityBot.Policies;
using SecurityBot.RiskAcceptances;
using SecurityBot.RiskAcceptances.Domain;
using SecurityBot.Testing.Persistence;

namespace SecurityBot.Benchmarks.Metrics;

/// <summary>
/// Issue 16's budget: every figure for 100,000 incidents and 10,000 risk acceptances in under 500 ms, on SQLite and
/// PostgreSQL. The baseline is the naive way: load every incident (with its reports and timeline) and every risk
/// acceptance (with its decisions) as tracked entities, then compute the same figures with the same calculators.
/// </summary>
public class MetricsBenchmark
{
    private const int Incidents = 100_000;
    private const int Risks = 10_000;
    private static readonly MetricsPeriod ThirtyDays = new(MetricsDataSet.End.AddDays(-30), MetricsDataSet.End, "the last 30 days");
    private static readonly MetricsPeriod Quarter = new(new DateTimeOffset(2026, 9, 1, 0, 0, 0, TimeSpan.Zero), MetricsDataSet.End, "Q3+");
    // BenchmarkDotNet runs the global setup once per case; in-process, the seeded database of each engine is kept
    // for the next case instead of seeding 100,000 incidents again (the process exit drops it).
    private static readonly Dictionary<DatabaseProvider, (TestDatabase Database, IHost Host)> Seeded = [];
    private IHost _host = null!;

    [Params(DatabaseProvider.Sqlite, DatabaseProvider.PostgreSQL)]
    public DatabaseProvider Provider { get; set; }

    [GlobalSetup]
    public void Setup() => SetupAsync().GetAwaiter().GetResult();

    [Benchmark(Baseline = true, Description = "naive: load everything, compute")]
    public object Naive() => InScope(sp => NaiveAsync(sp, ThirtyDays));

    [Benchmark(Description = "figures, last 30 days")]
    public object Figures30Days() => InScope(sp => sp.GetRequiredService<MetricsQueryService>().ComputeAsync(ThirtyDays, TimeZoneInfo.Utc, CancellationToken.None));

    [Benchmark(Description = "figures, three months")]
    public object FiguresQuarter() => InScope(sp => sp.GetRequiredService<MetricsQueryService>().ComputeAsync(Quarter, TimeZoneInfo.Utc, CancellationToken.None));

    private static async Task<SecurityMetrics> NaiveAsync(IServiceProvider sp, MetricsPeriod period)
    {
        var db = sp.GetRequiredService<SecurityBotDbContext>();
        var sla = sp.GetRequiredService<AcknowledgementSla>();
        var incidents = await db.Set<Incident>().Include(i => i.Reports).Include(i => i.Timeline).ToListAsync();
        var risks = await db.Set<RiskAcceptance>().Include(r => r.Decisions).ToListAsync();
        var facts = incidents.ConvertAll(i => new IncidentFact(i.DisplayNumber, i.Category.Key(), i.Severity, i.ReportedAt, sla.DueAt(i.Severity, i.ReportedAt),
            i.AcknowledgedAt, i.ClosedAt, i.Status == IncidentStatus.Dismissed, i.EscalationStep, i.ReportCount));
        var reports = incidents.SelectMany(i => i.Reports.Select(r => new IncidentReportFact(i.DisplayNumber, r.ReporterId, r.ReportedAt))).ToList();
        var register = risks.ConvertAll(r => new RiskFact(r.Reference, r.Title, r.Likelihood, r.Impact, RiskScore.LevelOf(r.Likelihood * r.Impact).ToString(),
            (RiskRegisterStatus)(int)r.Status, r.SubmittedAt, r.ExpiresAt, r.ClosedAt,
            [.. r.Decisions.Select(d => new RiskDecisionFact(d.Round, d.StageIndex, d.Stage.ToString(), d.At, d.Kind == RiskDecisionKind.Approved))]));
        return new SecurityMetrics(period, MetricsDataSet.End, IncidentMetrics.Compute(facts, reports, period), RiskMetrics.Compute(register, period),
            PolicyMetrics.Compute(sp.GetRequiredService<IPolicyReviews>().Reviews, DateOnly.FromDateTime(period.To.UtcDateTime)),
            WeeklySeries.Compute(facts, period, TimeZoneInfo.Utc));
    }

    private async Task SetupAsync()
    {
        if (Seeded.TryGetValue(Provider, out var seeded))
        {
            _host = seeded.Host;
            return;
        }

        var database = await TestDatabase.CreateAsync(Provider);
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { DisableDefaults = true, ContentRootPath = Path.GetTempPath() });
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Database:Provider"] = Provider.ToString(),
            ["ConnectionStrings:SecurityBot"] = database.ConnectionString,
            ["Policies:Folder"] = Path.Combine(AppContext.BaseDirectory, "policies"),
            ["Policies:WatchForChanges"] = "false",
        });
        builder.Logging.SetMinimumLevel(LogLevel.Warning);
        builder.AddPersistence();
        builder.Services.AddIncidents();
        builder.Services.AddRiskAcceptances();
        builder.Services.AddPolicies();
        builder.Services.AddSecurityMetrics();
        _host = builder.Build();
        await using var scope = _host.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<SecurityBotDbContext>();
        await SchemaMigrator.MigrateAsync(db, null, CancellationToken.None);
        var seeding = System.Diagnostics.Stopwatch.StartNew();
        await MetricsDataSet.SeedAsync(db, Incidents, Risks);
        Console.WriteLine($"// seeded {Incidents:N0} incidents and {Risks:N0} risk acceptances on {Provider} in {seeding.Elapsed.TotalSeconds:0.0} s");
        Seeded[Provider] = (database, _host);
    }

    private SecurityMetrics InScope(Func<IServiceProvider, Task<SecurityMetrics>> work)
    {
        using var scope = _host.Services.CreateScope();
        return work(scope.ServiceProvider).GetAwaiter().GetResult();
    }
}

using SecurityBot.Platform.Contracts;

namespace SecurityBot.Metrics.Application;

/// <summary>
/// The one place figures are computed: the metrics card, the digest, the charts and the export all call this. Reads
/// each capability's facts through its platform contract (a capability that is not installed contributes nothing)
/// and computes in memory with the pure calculators of the domain.
/// </summary>
internal sealed class MetricsQueryService(IEnumerable<IIncidentFacts> incidents, IEnumerable<IRiskFacts> risks, IEnumerable<IPolicyReviews> policies, TimeProvider time)
{
    public async Task<SecurityMetrics> ComputeAsync(MetricsPeriod period, TimeZoneInfo zone, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(period);
        ArgumentNullException.ThrowIfNull(zone);
        var from = Min(period.Previous.From, WeeklySeries.ChartFrom(period));
        var incidentFacts = new List<IncidentFact>();
        var reportFacts = new List<IncidentReportFact>();
        foreach (var source in incidents)
        {
            incidentFacts.AddRange(await source.OverlappingAsync(from, period.To, cancellationToken));
            reportFacts.AddRange(await source.ReportsAsync(period.Previous.From, period.To, cancellationToken));
        }

        var register = new List<RiskFact>();
        foreach (var source in risks)
        {
            register.AddRange(await source.RegisterAsync(cancellationToken));
        }

        var lastDay = MetricsPeriod.LocalDay(period.To.AddTicks(-1), zone);
        return new SecurityMetrics(
            period,
            time.GetUtcNow(),
            IncidentMetrics.Compute(incidentFacts, reportFacts, period),
            RiskMetrics.Compute(register, period, zone),
            PolicyMetrics.Compute([.. policies.SelectMany(p => p.Reviews)], lastDay),
            WeeklySeries.Compute(incidentFacts, period, zone));
    }

    private static DateTimeOffset Min(DateTimeOffset a, DateTimeOffset b) => a < b ? a : b;
}

using System.Globalization;
using SecurityBot.Metrics.Charts;

namespace SecurityBot.Metrics.Application;

/// <summary>Writes the export files and puts each behind a signed link served as a download.</summary>
internal sealed class MetricsExport(SignedFileStore store) : IMetricsExport
{
    public IReadOnlyList<ExportLink> Export(SecurityMetrics metrics)
    {
        ArgumentNullException.ThrowIfNull(metrics);
        var name = string.Create(CultureInfo.InvariantCulture, $"security-metrics-{metrics.Period.From.UtcDateTime:yyyy-MM-dd}-{metrics.Period.To.UtcDateTime:yyyy-MM-dd}");
        return
        [
            Link(name + ".csv", MetricsCsv.Write(metrics), "text/csv"),
            Link(name + "-incidents-per-week.png", IncidentTrendChart.Render(metrics.WeeklyIncidents), "image/png"),
            Link(name + "-risk-heat-map.png", RiskHeatMapChart.Render(metrics.Risks.HeatMap), "image/png"),
        ];
    }

    private ExportLink Link(string fileName, byte[] content, string contentType) =>
        new(fileName, store.Add(new ServedFile(content, contentType, fileName)), contentType, content.Length);
}

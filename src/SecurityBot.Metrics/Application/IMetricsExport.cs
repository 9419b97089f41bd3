namespace SecurityBot.Metrics.Application;

/// <summary>`metrics export [period]`: the figures as CSV and the charts as PNG, each behind an expiring signed download link.</summary>
internal interface IMetricsExport
{
    /// <summary>Links to metrics-{from}-{to}.csv, the incident trend PNG and the heat map PNG, in that order.</summary>
    IReadOnlyList<ExportLink> Export(SecurityMetrics metrics);
}

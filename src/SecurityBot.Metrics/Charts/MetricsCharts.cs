namespace SecurityBot.Metrics.Charts;

/// <summary>The metrics' charts for a card: the weekly incident trend and the risk heat map.</summary>
internal sealed record MetricsCharts(ChartImage IncidentTrend, ChartImage RiskHeatMap);

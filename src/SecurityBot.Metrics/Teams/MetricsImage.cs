namespace SecurityBot.Metrics.Teams;

/// <summary>A chart to show on the metrics card: an https URL or a data: URI, and the text read out (and shown) instead of it.</summary>
internal sealed record MetricsImage(Uri Url, string AltText);

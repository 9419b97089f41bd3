using System.Globalization;
using Microsoft.Extensions.Options;
using SecurityBot.Platform.Routing;

namespace SecurityBot.Metrics.Charts;

/// <summary>
/// Draws the charts for a set of figures and hands each back as a card image: inline as a data URI when the PNG is
/// within <see cref="MetricsLinkOptions.DataUriBudgetBytes"/>, else as an expiring signed link this bot serves.
/// </summary>
internal sealed class MetricsChartImages(SignedFileStore store, IOptions<MetricsLinkOptions> options)
{
    private static readonly IncidentSeverity[] Severities = [IncidentSeverity.Critical, IncidentSeverity.High, IncidentSeverity.Medium, IncidentSeverity.Low];
    private static readonly string[] Bands = ["Critical", "High", "Medium", "Low"];

    public MetricsCharts For(SecurityMetrics metrics)
    {
        ArgumentNullException.ThrowIfNull(metrics);
        return new MetricsCharts(
            Image(IncidentTrendChart.Render(metrics.WeeklyIncidents), TrendAltText(metrics.WeeklyIncidents)),
            Image(RiskHeatMapChart.Render(metrics.Risks.HeatMap), HeatMapAltText(metrics.Risks.HeatMap)));
    }

    /// <summary>"Incidents reported per week, 8 Sep to 24 Nov: 31 in all, most in the week of 3 Nov (7); Critical 2, High 6, …"</summary>
    public static string TrendAltText(IReadOnlyList<WeekCount> weeks)
    {
        ArgumentNullException.ThrowIfNull(weeks);
        if (weeks.Count == 0)
        {
            return "Incidents reported per week: no weeks to show.";
        }

        var busiest = weeks.MaxBy(w => w.Total)!;
        var severities = string.Join(", ", Severities.Select(s => string.Create(CultureInfo.InvariantCulture, $"{s} {weeks.Sum(w => w.BySeverity.GetValueOrDefault(s))}")));
        var total = weeks.Sum(w => w.Total);
        return string.Create(CultureInfo.InvariantCulture,
            $"Incidents reported per week, {weeks[0].WeekStart:d MMM yyyy} to {weeks[^1].WeekStart:d MMM yyyy}: {total} in all")
            + (total > 0 ? string.Create(CultureInfo.InvariantCulture, $", most in the week of {busiest.WeekStart:d MMM} ({busiest.Total}); {severities}.") : ".");
    }

    /// <summary>"Open risk acceptances by likelihood × impact: 9 in all; Critical 1, High 3, Medium 4, Low 1."</summary>
    public static string HeatMapAltText(int[,] heatMap)
    {
        var cells = RiskHeatMapChart.Cells(heatMap);
        var bands = string.Join(", ", Bands.Select(b => string.Create(CultureInfo.InvariantCulture, $"{b} {cells.Where(c => c.Band == b).Sum(c => c.Count)}")));
        return string.Create(CultureInfo.InvariantCulture, $"Open risk acceptances by likelihood × impact: {cells.Sum(c => c.Count)} in all; {bands}.");
    }

    private ChartImage Image(byte[] png, string altText) => png.Length <= options.Value.DataUriBudgetBytes
        ? new ChartImage("data:image/png;base64," + Convert.ToBase64String(png), altText, png.Length, Inline: true)
        : new ChartImage(store.Add(new ServedFile(png, "image/png", null)), altText, png.Length, Inline: false);
}

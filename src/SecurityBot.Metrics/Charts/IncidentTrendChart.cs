using System.Globalization;
using ScottPlot;
using SecurityBot.Platform.Routing;

namespace SecurityBot.Metrics.Charts;

/// <summary>
/// Incidents first reported per week, stacked by severity (Critical on top), with a legend and the weeks' Monday
/// dates under the bars.
/// </summary>
internal static class IncidentTrendChart
{
    public const int Width = 600;
    public const int Height = 300;

    /// <summary>Bottom of the stack first, so Critical sits on top where the eye lands.</summary>
    private static readonly IncidentSeverity[] StackOrder = [IncidentSeverity.Low, IncidentSeverity.Medium, IncidentSeverity.High, IncidentSeverity.Critical];

    public static byte[] Render(IReadOnlyList<WeekCount> weeks)
    {
        ArgumentNullException.ThrowIfNull(weeks);
        using var plot = new Plot();
        ChartStyle.Apply(plot);
        var bars = new List<Bar>();
        for (var w = 0; w < weeks.Count; w++)
        {
            double bottom = 0;
            foreach (var severity in StackOrder)
            {
                var count = weeks[w].BySeverity.GetValueOrDefault(severity);
                if (count > 0)
                {
                    bars.Add(new Bar { Position = w, ValueBase = bottom, Value = bottom + count, FillColor = Colour(severity), LineColor = Colour(severity), LineWidth = 0, Size = 0.7 });
                }

                bottom += count;
            }
        }

        plot.Add.Bars(bars);
        foreach (var severity in StackOrder.Reverse())
        {
            plot.Legend.ManualItems.Add(new LegendItem { LabelText = severity.ToString(), FillColor = Colour(severity) });
        }

        plot.Legend.IsVisible = true;
        plot.Legend.Alignment = Alignment.UpperLeft;
        plot.Legend.Orientation = Orientation.Horizontal;
        plot.Legend.ShadowColor = Colors.Transparent;

        // At most nine dates, level and unclipped: more would overlap at 600 px.
        var step = weeks.Count <= 9 ? 1 : (int)Math.Ceiling(weeks.Count / 9.0);
        var ticks = Enumerable.Range(0, weeks.Count).Where(w => w % step == 0).ToArray();
        plot.Axes.Bottom.SetTicks([.. ticks.Select(t => (double)t)], [.. ticks.Select(t => weeks[t].WeekStart.ToString("d MMM", CultureInfo.InvariantCulture))]);
        var top = weeks.Select(w => w.Total).DefaultIfEmpty(0).Max();

        // Headroom above the tallest bar for the legend; whole-number ticks only (counts).
        plot.Axes.SetLimits(-0.6, Math.Max(weeks.Count, 1) - 0.4, 0, Math.Max(4, Math.Ceiling(top * 1.45)));
        plot.Axes.Left.TickGenerator = new ScottPlot.TickGenerators.NumericAutomatic { IntegerTicksOnly = true };
        plot.YLabel("Incidents");
        plot.Title("Incidents reported per week");
        return ChartStyle.Png(plot, Width, Height);
    }

    public static Color Colour(IncidentSeverity severity) => severity switch
    {
        IncidentSeverity.Critical => Color.FromHex("#C62828"),
        IncidentSeverity.High => Color.FromHex("#EF6C00"),
        IncidentSeverity.Medium => Color.FromHex("#F9A825"),
        _ => Color.FromHex("#2E7D32"),
    };
}

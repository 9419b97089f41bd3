using System.Globalization;
using ScottPlot;

namespace SecurityBot.Metrics.Charts;

/// <summary>
/// The 5×5 risk heat map: likelihood across, impact up, each cell coloured by its score band and labelled with the
/// number of open acceptances in it. Drawn as coloured rectangles rather than ScottPlot's heat map so the colours are
/// the register's bands, not a gradient over the counts.
/// </summary>
internal static class RiskHeatMapChart
{
    public const int Width = 400;
    public const int Height = 400;

    /// <summary>The cells, likelihood-major, from the register's [likelihood - 1, impact - 1] counts.</summary>
    public static IReadOnlyList<HeatCell> Cells(int[,] heatMap)
    {
        ArgumentNullException.ThrowIfNull(heatMap);
        if (heatMap.GetLength(0) != 5 || heatMap.GetLength(1) != 5)
        {
            throw new ArgumentException("The heat map is 5×5.", nameof(heatMap));
        }

        return [.. from l in Enumerable.Range(1, 5) from i in Enumerable.Range(1, 5) select new HeatCell(l, i, heatMap[l - 1, i - 1])];
    }

    public static byte[] Render(int[,] heatMap)
    {
        using var plot = new Plot();
        ChartStyle.Apply(plot);
        foreach (var cell in Cells(heatMap))
        {
            var rectangle = plot.Add.Rectangle(cell.Likelihood - 0.5, cell.Likelihood + 0.5, cell.Impact - 0.5, cell.Impact + 0.5);
            rectangle.FillColor = BandColour(cell.Band);
            rectangle.LineColor = Colors.White;
            rectangle.LineWidth = 2;
            var text = plot.Add.Text(cell.Count.ToString(CultureInfo.InvariantCulture), cell.Likelihood, cell.Impact);
            text.LabelFontSize = 18;
            text.LabelBold = cell.Count > 0;
            text.LabelFontColor = cell.Count > 0 ? Colors.Black : Colors.Black.WithAlpha(0.35);
            text.LabelAlignment = Alignment.MiddleCenter;
        }

        var ticks = Enumerable.Range(1, 5).Select(n => (double)n).ToArray();
        var labels = ticks.Select(t => t.ToString(CultureInfo.InvariantCulture)).ToArray();
        plot.Axes.Bottom.SetTicks(ticks, labels);
        plot.Axes.Left.SetTicks(ticks, labels);
        plot.Axes.SetLimits(0.5, 5.5, 0.5, 5.5);
        plot.XLabel("Likelihood");
        plot.YLabel("Impact");
        plot.Title("Open risk acceptances");
        return ChartStyle.Png(plot, Width, Height);
    }

    /// <summary>Green → red by band, in the register's order.</summary>
    public static Color BandColour(string band) => band switch
    {
        "Low" => Color.FromHex("#8BC34A"),
        "Medium" => Color.FromHex("#FFEB3B"),
        "High" => Color.FromHex("#FF9800"),
        _ => Color.FromHex("#F44336"),
    };
}

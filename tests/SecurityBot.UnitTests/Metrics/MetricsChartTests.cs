using SecurityBot.Metrics.Charts;
using SkiaSharp;

namespace SecurityBot.UnitTests.Metrics;

public class MetricsChartTests
{
    /// <summary>The card inlines a chart up to this size (MetricsLinkOptions.DataUriBudgetBytes).</summary>
    private const int Budget = 12 * 1024;

    [Fact]
    public void IncidentTrendRender_TypicalQuarter_IsA600By300PngWithBarsWithinBudget()
    {
        var png = IncidentTrendChart.Render(ChartSamples.Weeks());
        Dump("incident-trend.png", png);

        PngAssertions.ShouldBePng(png, 600, 300);
        PngAssertions.InkShare(png).Should().BeGreaterThan(0.05, "bars, axes, labels and legend are drawn");
        PngAssertions.PixelsNear(png, SKColor.Parse("#2E7D32")).Should().BeGreaterThan(500, "the Low bars are drawn in their colour");
        PngAssertions.PixelsNear(png, SKColor.Parse("#C62828")).Should().BeGreaterThan(100, "Critical weeks and the legend show");
        png.Length.Should().BeLessThanOrEqualTo(Budget);
    }

    [Fact]
    public void IncidentTrendRender_SameWeeks_SameBytes()
    {
        IncidentTrendChart.Render(ChartSamples.Weeks()).Should().Equal(IncidentTrendChart.Render(ChartSamples.Weeks()));
    }

    [Fact]
    public void IncidentTrendRender_YearOfWeeksOrNone_StillDraws()
    {
        PngAssertions.ShouldBePng(IncidentTrendChart.Render(ChartSamples.Weeks(53)), 600, 300);
        PngAssertions.ShouldBePng(IncidentTrendChart.Render([]), 600, 300);
    }

    [Fact]
    public void RiskHeatMapRender_TypicalRegister_IsA400By400PngInBandColoursWithinBudget()
    {
        var png = RiskHeatMapChart.Render(ChartSamples.HeatMap());
        Dump("risk-heat-map.png", png);

        PngAssertions.ShouldBePng(png, 400, 400);
        PngAssertions.InkShare(png).Should().BeGreaterThan(0.4, "25 coloured cells fill the plot");
        foreach (var band in new[] { "Low", "Medium", "High", "Critical" })
        {
            var colour = RiskHeatMapChart.BandColour(band);
            PngAssertions.PixelsNear(png, new SKColor(colour.R, colour.G, colour.B)).Should().BeGreaterThan(2000, $"the {band} cells are drawn");
        }

        png.Length.Should().BeLessThanOrEqualTo(Budget);
        RiskHeatMapChart.Render(ChartSamples.HeatMap()).Should().Equal(png, "the same register draws the same bytes");
    }

    [Fact]
    public void Cells_Register_CountEachLikelihoodAndImpactWithItsBand()
    {
        var cells = RiskHeatMapChart.Cells(ChartSamples.HeatMap());

        cells.Should().HaveCount(25);
        cells.Sum(c => c.Count).Should().Be(28);
        cells.Single(c => c.Likelihood == 5 && c.Impact == 3).Should().Be(new HeatCell(5, 3, 12));
        cells.Single(c => c.Likelihood == 2 && c.Impact == 3).Count.Should().Be(4);
        cells.Single(c => c.Likelihood == 4 && c.Impact == 2).Count.Should().Be(1);
        cells.Single(c => c.Likelihood == 2 && c.Impact == 4).Count.Should().Be(0, "likelihood and impact are not swapped");
        cells.Where(c => c.Count == 0).Should().HaveCount(18);
    }

    [Theory]
    [InlineData(1, 3, "Low")]
    [InlineData(2, 2, "Medium")]
    [InlineData(2, 3, "Medium")]
    [InlineData(2, 4, "High")]
    [InlineData(3, 4, "High")]
    [InlineData(3, 5, "Critical")]
    [InlineData(5, 5, "Critical")]
    public void Band_Score_FollowsTheRegistersBands(int likelihood, int impact, string band)
    {
        new HeatCell(likelihood, impact, 0).Band.Should().Be(band);
    }

    [Fact]
    public void Cells_NotFiveByFive_Throws()
    {
        var act = () => RiskHeatMapChart.Cells(new int[4, 5]);
        act.Should().Throw<ArgumentException>();
    }

    [Fact]
    public void CreateTypeface_ChartFont_IsTheEmbeddedDejaVuSansNotAMachineFont()
    {
        var resolver = new EmbeddedFontResolver();

        resolver.CreateTypeface(ChartStyle.Font, bold: false, italic: false)!.FamilyName.Should().Be("DejaVu Sans");
        resolver.CreateTypeface("Arial", bold: false, italic: false).Should().BeNull("other names go to ScottPlot's own resolvers");
    }

    /// <summary>METRICS_CHART_DUMP=folder writes the charts out to look at them.</summary>
    private static void Dump(string name, byte[] png)
    {
        if (Environment.GetEnvironmentVariable("METRICS_CHART_DUMP") is { Length: > 0 } folder)
        {
            File.WriteAllBytes(Path.Combine(folder, name), png);
        }
    }
}

using System.Globalization;
using SecurityBot.Metrics.Application;
using SecurityBot.Testing.Files;

namespace SecurityBot.UnitTests.Metrics;

public class MetricsCsvTests
{
    [Theory]
    [InlineData("=1+1")]
    [InlineData("+1")]
    [InlineData("-1")]
    [InlineData("@SUM(A1)")]
    [InlineData("\tcmd")]
    [InlineData("\rcmd")]
    public void Write_CellStartingWithAFormulaCharacter_GetsALeadingApostrophe(string text)
    {
        var cells = CsvCells.Parse(MetricsCsv.Write([new MetricsCsvRow("risks", "title", text, "1", string.Empty, "count")]))[1];

        cells[2].Should().Be("'" + text);
        cells[3].Should().Be("1", "safe cells are left alone");
    }

    [Fact]
    public void Write_Metrics_HeaderRowThenEveryFigureWithUserTextEscaped()
    {
        var rows = CsvCells.Parse(MetricsCsv.Write(ExportSamples.Metrics()));

        rows[0].Should().Equal("section", "figure", "dimension", "value", "previous value", "unit");
        rows.Should().ContainEquivalentOf(new[] { "incidents", "reported", string.Empty, "12", "9", "count" });
        rows.Should().ContainEquivalentOf(new[] { "incidents", "reported by severity", "High", "3", "4", "count" });
        rows.Should().ContainEquivalentOf(new[] { "incidents", "reported by category", "'=HYPERLINK(\"http://x\")", "1", string.Empty, "count" });
        rows.Should().ContainEquivalentOf(new[] { "risks", "expiring within 30 days", "RA-000007 +SUM(A1:A9)", "expires 2026-12-20", string.Empty, "text" });
        rows.Should().ContainEquivalentOf(new[] { "policies", "overdue for review", "POL-ACCESS @Access control", "review was due 2026-10-01 (owner: -cso)", string.Empty, "text" });
        rows.Should().ContainEquivalentOf(new[] { "risks", "open by likelihood x impact", "L5 x I3", "12", string.Empty, "count" });
        rows.Should().ContainEquivalentOf(new[] { "incidents per week", "2026-09-21", "Low", "5", string.Empty, "count" });
        rows.Where(r => r[0] == "risks" && r[1] == "open by likelihood x impact").Should().HaveCount(25);
        rows.Skip(1).Should().OnlyContain(r => r.Length == 6);
    }

    [Fact]
    public void Write_UnderACommaDecimalCulture_NumbersUseADot()
    {
        var before = CultureInfo.CurrentCulture;
        try
        {
            CultureInfo.CurrentCulture = CultureInfo.GetCultureInfo("de-DE");
            var rows = CsvCells.Parse(MetricsCsv.Write(ExportSamples.Metrics()));

            rows.Should().ContainEquivalentOf(new[] { "incidents", "time to acknowledge (mean)", "Critical", "1.50", string.Empty, "hours" });
            rows.Should().ContainEquivalentOf(new[] { "risks", "decision time (median)", "Security review", "15.00", string.Empty, "hours" });
            rows.Should().ContainEquivalentOf(new[] { "incidents", "time to close (mean)", "Critical", string.Empty, string.Empty, "hours" }, "nothing measured is empty, not zero");
        }
        finally
        {
            CultureInfo.CurrentCulture = before;
        }
    }
}

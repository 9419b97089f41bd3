using SecurityBot.Platform.Files;

namespace SecurityBot.Metrics.Application;

/// <summary>
/// The export's CSV: one row per figure, written by the platform's <see cref="SpreadsheetCsv"/> (invariant numbers,
/// UTF-8 with a byte order mark, formula-looking cells escaped: category names, policy titles and risk titles are
/// user text).
/// </summary>
internal static class MetricsCsv
{
    private static readonly string[] Headers = ["section", "figure", "dimension", "value", "previous value", "unit"];

    public static byte[] Write(SecurityMetrics metrics) => Write(MetricsCsvRows.Of(metrics));

    public static byte[] Write(IEnumerable<MetricsCsvRow> rows)
    {
        ArgumentNullException.ThrowIfNull(rows);
        return SpreadsheetCsv.Write(Headers, rows.Select(row => (IReadOnlyList<string?>)[row.Section, row.Figure, row.Dimension, row.Value, row.PreviousValue, row.Unit]));
    }
}

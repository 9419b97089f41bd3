using System.Globalization;
using System.Text;
using CsvHelper;
using CsvHelper.Configuration;

namespace SecurityBot.Metrics.Application;

/// <summary>
/// The export's CSV: one row per figure, numbers in the invariant culture (a dot for decimals, whatever the server's
/// locale), UTF-8 with a byte order mark so Excel reads the accents. Any cell starting with = + - @ tab or CR gets a
/// leading apostrophe so a spreadsheet shows it as text instead of running it as a formula: category names, policy
/// titles and risk titles are user text.
/// </summary>
internal static class MetricsCsv
{
    private static readonly CsvConfiguration Configuration = new(CultureInfo.InvariantCulture)
    {
        InjectionOptions = InjectionOptions.Escape,
        InjectionCharacters = ['=', '+', '-', '@', '\t', '\r'],
        InjectionEscapeCharacter = '\'',
        NewLine = "\r\n",
    };

    private static readonly string[] Headers = ["section", "figure", "dimension", "value", "previous value", "unit"];

    public static byte[] Write(SecurityMetrics metrics) => Write(MetricsCsvRows.Of(metrics));

    public static byte[] Write(IEnumerable<MetricsCsvRow> rows)
    {
        ArgumentNullException.ThrowIfNull(rows);
        using var stream = new MemoryStream();
        using (var writer = new StreamWriter(stream, new UTF8Encoding(encoderShouldEmitUTF8Identifier: true)))
        using (var csv = new CsvWriter(writer, Configuration))
        {
            foreach (var header in Headers)
            {
                csv.WriteField(header);
            }

            csv.NextRecord();
            foreach (var row in rows)
            {
                foreach (var field in new[] { row.Section, row.Figure, row.Dimension, row.Value, row.PreviousValue, row.Unit })
                {
                    csv.WriteField(field);
                }

                csv.NextRecord();
            }
        }

        return stream.ToArray();
    }
}

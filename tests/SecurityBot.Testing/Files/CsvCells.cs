using System.Globalization;
using System.Text;
using CsvHelper;

namespace SecurityBot.Testing.Files;

/// <summary>An export read back as a spreadsheet would: cells per row (quotes, doubled quotes, CRLF rows).</summary>
public static class CsvCells
{
    private static readonly byte[] Utf8Bom = [0xEF, 0xBB, 0xBF];

    /// <summary>The rows of <paramref name="csv"/>; throws when the UTF-8 byte order mark Excel needs is missing.</summary>
    public static List<string[]> Parse(byte[] csv)
    {
        ArgumentNullException.ThrowIfNull(csv);
        if (!csv.AsSpan().StartsWith(Utf8Bom))
        {
            throw new InvalidDataException("The CSV does not start with the UTF-8 byte order mark; Excel would misread its accents.");
        }

        using var reader = new CsvReader(new StreamReader(new MemoryStream(csv), Encoding.UTF8), CultureInfo.InvariantCulture);
        var rows = new List<string[]>();
        while (reader.Read())
        {
            rows.Add(reader.Parser.Record!);
        }

        return rows;
    }
}

using System.Globalization;
using System.Text;
using CsvHelper;
using CsvHelper.Configuration;

namespace SecurityBot.Platform.Files;

/// <summary>
/// CSV that a spreadsheet opens safely: the invariant culture (a dot for decimals whatever the server's locale),
/// CRLF rows, UTF-8 with a byte order mark so Excel reads the accents, and every cell that starts with = + - @ tab
/// or CR prefixed with an apostrophe, so a name or title typed by someone is shown as text instead of being run as a
/// formula (CSV injection). Every export the bot hands out is written here.
/// </summary>
public static class SpreadsheetCsv
{
    /// <summary>The one configuration: CsvHelper's injection protection on, with the characters above.</summary>
    public static CsvConfiguration Configuration { get; } = new(CultureInfo.InvariantCulture)
    {
        InjectionOptions = InjectionOptions.Escape,
        InjectionCharacters = ['=', '+', '-', '@', '\t', '\r'],
        InjectionEscapeCharacter = '\'',
        NewLine = "\r\n",
    };

    /// <summary>The header line, then one line per row; a null cell is empty.</summary>
    public static byte[] Write(IReadOnlyList<string> headers, IEnumerable<IReadOnlyList<string?>> rows)
    {
        ArgumentNullException.ThrowIfNull(headers);
        ArgumentNullException.ThrowIfNull(rows);
        using var stream = new MemoryStream();
        using (var writer = new StreamWriter(stream, new UTF8Encoding(encoderShouldEmitUTF8Identifier: true)))
        using (var csv = new CsvWriter(writer, Configuration))
        {
            WriteLine(csv, headers);
            foreach (var row in rows)
            {
                WriteLine(csv, row);
            }
        }

        return stream.ToArray();
    }

    private static void WriteLine(CsvWriter csv, IReadOnlyList<string?> cells)
    {
        foreach (var cell in cells)
        {
            csv.WriteField(cell ?? string.Empty);
        }

        csv.NextRecord();
    }
}

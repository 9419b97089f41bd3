using System.Text;

namespace SecurityBot.Crisis.Application;

/// <summary>
/// Makes user text safe inside the Markdown export: it reads the same but cannot add structure. Every character
/// Markdown gives a meaning to anywhere (emphasis, code, links, HTML, table cells) is backslash-escaped, and so is
/// whatever opens a block at a line's start (a heading "#", a quote, a list or a thematic break, "1." lists).
/// CommonMark lets any ASCII punctuation be escaped, so the escapes themselves never show.
/// </summary>
internal static class ReviewMarkdown
{
    /// <summary>Multi-line text as paragraphs: each line kept (a hard break between them), each escaped.</summary>
    public static string Block(string? text)
    {
        var lines = Lines(text);
        return lines.Count == 0 ? "_Not stated._" : string.Join("  \n", lines.Select(EscapeLine));
    }

    /// <summary>Text on one line (a list item, a table cell): line breaks become spaces.</summary>
    public static string Inline(string? text) => EscapeLine(string.Join(' ', Lines(text)));

    private static List<string> Lines(string? text) =>
        [.. (text ?? string.Empty).Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n')
            .Select(l => new string([.. l.Where(c => !char.IsControl(c) || c == '\t')]).Trim())
            .Where(l => l.Length > 0)];

    private static string EscapeLine(string line)
    {
        var builder = new StringBuilder(line.Length + 8);
        for (var i = 0; i < line.Length; i++)
        {
            var c = line[i];
            var atStart = i == 0;
            if (c is '\\' or '`' or '*' or '_' or '[' or ']' or '<' or '>' or '|' or '#' or '~' or '!' or '&'
                || (atStart && c is '-' or '+' or '='))
            {
                builder.Append('\\');
            }
            else if (c is '.' or ')' && i > 0 && line[..i].All(char.IsAsciiDigit))
            {
                // "1." or "1)" at the start would open an ordered list.
                builder.Append('\\');
            }

            builder.Append(c);
        }

        return builder.ToString();
    }
}

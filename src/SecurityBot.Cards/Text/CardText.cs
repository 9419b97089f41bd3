using System.Text;

namespace SecurityBot.Cards;

/// <summary>
/// Makes text from users (or any outside source) safe to show in a card. TextBlock and Fact text is markdown, and
/// Teams also turns <c>&lt;at&gt;</c> tags into mentions and bare URLs into links, so user text must go through
/// <see cref="Escape"/> there. Run text, inputs and button titles are shown literally: use <see cref="Plain"/>.
/// Truncate first, then escape (escaping lengthens the text).
/// </summary>
public static class CardText
{
    /// <summary>Default bound for user text in a card element.</summary>
    public const int DefaultMaxLength = 2000;

    // Zero-width space: invisible, but breaks the token a parser would need ("https" + ":", "]" + "(", "<" + "at",
    // "name" + "@" for e-mail autolinks: an attacker's address quoted in a report should not be one click away).
    // Used instead of a backslash where Teams clients disagree on backslash escapes, so the neutralisation never
    // depends on the client honouring "\".
    private const char Breaker = '\u200B';

    /// <summary>
    /// Neutralises markdown and Teams markup in <paramref name="text"/>: emphasis, lists, headings, block quotes,
    /// code, links and images, autolinks, URL schemes and e-mail addresses, HTML-like tags (including
    /// <c>&lt;at&gt;</c> mentions) and character entities. Control and bidirectional-override characters are
    /// removed; each line break becomes a paragraph break so it survives markdown. The text reads the same.
    /// </summary>
    public static string Escape(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return string.Empty;
        }

        var source = Normalize(text);
        var builder = new StringBuilder(source.Length + 16);
        var atLineStart = true;
        for (var i = 0; i < source.Length; i++)
        {
            var c = source[i];
            switch (c)
            {
                case '\n':
                    // Markdown joins single line breaks into one line; a blank line keeps the user's lines apart
                    // in every client. Runs of blank lines collapse into one.
                    while (i + 1 < source.Length && source[i + 1] == '\n')
                    {
                        i++;
                    }

                    builder.Append("\n\n");
                    atLineStart = true;
                    continue;
                case ' ' or '\t':
                    builder.Append(c);
                    continue; // indentation keeps the line-start state: "  - item" is still a list item
                case '\\' or '*' or '_' or '`' or '~' or '[' or ']' or '{' or '}':
                    builder.Append('\\').Append(c);
                    break;
                case '(' when i > 0 && source[i - 1] == ']':
                    builder.Append(Breaker).Append(c);
                    break;
                case ':' when i > 0 && char.IsAsciiLetter(source[i - 1]) && i + 1 < source.Length && !char.IsWhiteSpace(source[i + 1]):
                    // "https:", "mailto:", "tel:", "javascript:": linkifiers match the scheme with its colon.
                    builder.Append(Breaker).Append(c);
                    break;
                case '@' when i > 0 && !char.IsWhiteSpace(source[i - 1]) && i + 1 < source.Length && char.IsLetterOrDigit(source[i + 1]):
                    // Before the "@": linkifiers read the name part as ASCII only, so a breaker there ends it.
                    builder.Append(Breaker).Append(c);
                    break;
                case '<' or '&':
                    builder.Append(c).Append(Breaker);
                    break;
                case '#' or '>' or '-' or '+' or '=' when atLineStart:
                    builder.Append('\\').Append(c);
                    break;
                case '.' when i + 1 < source.Length && source[i + 1] != ' ' && EndsWithWww(builder):
                    builder.Append(Breaker).Append(c);
                    break;
                case >= '0' and <= '9' when atLineStart:
                    i = AppendListNumber(source, i, builder);
                    break;
                default:
                    builder.Append(c);
                    break;
            }

            atLineStart = false;
        }

        return builder.ToString();
    }

    /// <summary>
    /// An instant every reader sees in their own time zone and locale: the Adaptive Card DATE and TIME functions
    /// ("{{DATE(2026-12-05T10:00:00Z, SHORT)}} {{TIME(2026-12-05T10:00:00Z)}}"), which the Teams client formats on each
    /// device. For cards many people read (a group chat, a channel), where no one reader's zone is the right one.
    /// </summary>
    public static string ViewerTime(DateTimeOffset at)
    {
        var iso = at.ToUniversalTime().ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", System.Globalization.CultureInfo.InvariantCulture);
        return $"{{{{DATE({iso}, SHORT)}}}} {{{{TIME({iso})}}}}";
    }

    /// <summary>
    /// For places shown literally (TextRun, input values, button titles): removes control and bidirectional-override
    /// characters and breaks <c>&lt;</c> so no tag (e.g. a forged <c>&lt;at&gt;</c> mention) survives.
    /// </summary>
    public static string Plain(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return string.Empty;
        }

        var source = Normalize(text);
        return source.Contains('<', StringComparison.Ordinal) ? source.Replace("<", "<\u200B", StringComparison.Ordinal) : source;
    }

    /// <summary>
    /// Bounds <paramref name="text"/> to <paramref name="maxLength"/> characters, ending a cut text with "…".
    /// Never splits a surrogate pair. Null becomes empty.
    /// </summary>
    public static string Truncate(string? text, int maxLength)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(maxLength, 1);
        if (string.IsNullOrEmpty(text))
        {
            return string.Empty;
        }

        if (text.Length <= maxLength)
        {
            return text;
        }

        var cut = maxLength - 1;
        if (cut > 0 && char.IsHighSurrogate(text[cut - 1]))
        {
            cut--;
        }

        return string.Concat(text.AsSpan(0, cut), "…");
    }

    // CRLF to LF; drops C0/C1 controls (except tab and newline), bidi marks, overrides and isolates (which can make
    // "evil.exe" read as "exe.live") and the invisible breakers this class inserts itself. ZWJ/ZWNJ stay: emoji and
    // several scripts need them.
    private static string Normalize(string text)
    {
        var builder = new StringBuilder(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c == '\r')
            {
                if (i + 1 >= text.Length || text[i + 1] != '\n')
                {
                    builder.Append('\n');
                }

                continue;
            }

            if (c is '\n' or '\t' || !IsHidden(c))
            {
                builder.Append(c);
            }
        }

        return builder.ToString();
    }

    private static bool IsHidden(char c) =>
        char.IsControl(c)
        || c is '\u200B' or '\u200E' or '\u200F' or '\u2060' or '\uFEFF'
        || c is >= '\u202A' and <= '\u202E'
        || c is >= '\u2066' and <= '\u2069';

    private static bool EndsWithWww(StringBuilder builder) =>
        builder.Length >= 3
        && char.ToLowerInvariant(builder[^1]) == 'w'
        && char.ToLowerInvariant(builder[^2]) == 'w'
        && char.ToLowerInvariant(builder[^3]) == 'w';

    // "1. item" / "1) item" at the start of a line would become an ordered list: escape the delimiter.
    private static int AppendListNumber(string source, int start, StringBuilder builder)
    {
        var i = start;
        while (i < source.Length && char.IsAsciiDigit(source[i]))
        {
            builder.Append(source[i]);
            i++;
        }

        if (i < source.Length && source[i] is '.' or ')')
        {
            builder.Append('\\').Append(source[i]);
            return i;
        }

        return i - 1;
    }
}

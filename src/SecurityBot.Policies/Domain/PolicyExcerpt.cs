using System.Text;

namespace SecurityBot.Policies.Domain;

/// <summary>
/// A short passage of a section with the words that matched the question marked. Kept as plain text + spans so
/// every renderer escapes the text itself; <see cref="ToHighlightedMarkdown()"/> is the card-safe rendering.
/// </summary>
internal sealed class PolicyExcerpt
{
    public PolicyExcerpt(string text, IReadOnlyList<TextSpan> highlights)
    {
        Text = text ?? string.Empty;
        Highlights = (highlights ?? [])
            .Where(h => h.Start >= 0 && h.Length > 0 && h.End <= Text.Length)
            .OrderBy(h => h.Start)
            .ToArray();
    }

    public string Text { get; }

    /// <summary>Non-overlapping spans in ascending order.</summary>
    public IReadOnlyList<TextSpan> Highlights { get; }

    /// <summary>
    /// Markdown for an Adaptive Card TextBlock: the policy text is escaped (so an asterisk or bracket in a policy, or a
    /// crafted file, cannot inject links or formatting) and only the matched words are wrapped in **bold**.
    /// </summary>
    public string ToHighlightedMarkdown() => ToHighlightedMarkdown(BackslashEscape);

    /// <summary>
    /// The same with the renderer's own escaping (e.g. the card library's, which also neutralises mentions and bare
    /// URLs); <paramref name="escape"/> is applied to every plain and highlighted run separately.
    /// </summary>
    public string ToHighlightedMarkdown(Func<string, string> escape)
    {
        ArgumentNullException.ThrowIfNull(escape);
        var sb = new StringBuilder(Text.Length + (Highlights.Count * 4) + 16);
        var position = 0;
        foreach (var span in Coalesce(Highlights))
        {
            if (span.Start < position)
            {
                continue;
            }

            sb.Append(escape(Text[position..span.Start]));
            sb.Append("**").Append(escape(Text.Substring(span.Start, span.Length))).Append("**");
            position = span.End;
        }

        sb.Append(escape(Text[position..]));
        return sb.ToString();
    }

    public override string ToString() => Text;

    /// <summary>Joins highlights separated only by spaces, so a phrase reads "**gift cards**" rather than "**gift** **cards**".</summary>
    private IEnumerable<TextSpan> Coalesce(IReadOnlyList<TextSpan> spans)
    {
        TextSpan? current = null;
        foreach (var span in spans)
        {
            if (current is { } c && span.Start >= c.End && IsSpaceOnly(Text.AsSpan(c.End, span.Start - c.End)))
            {
                current = new TextSpan(c.Start, span.End - c.Start);
                continue;
            }

            if (current is { } done)
            {
                yield return done;
            }

            current = span;
        }

        if (current is { } last)
        {
            yield return last;
        }
    }

    private static bool IsSpaceOnly(ReadOnlySpan<char> gap) => gap.Length > 0 && gap.IsWhiteSpace() && !gap.Contains('\n');

    private static string BackslashEscape(string text)
    {
        var sb = new StringBuilder(text.Length + 8);
        foreach (var c in text)
        {
            if (c is '\\' or '*' or '_' or '[' or ']' or '(' or ')' or '`' or '#' or '<' or '>' or '~' or '|' or '!')
            {
                sb.Append('\\');
            }

            sb.Append(c);
        }

        return sb.ToString();
    }
}

using System.Text;

namespace SecurityBot.Core.Policies;

/// <summary>
/// A short passage of a section with the words that matched the question marked. Kept as plain text + spans so
/// every renderer escapes the text itself; <see cref="ToHighlightedMarkdown"/> is the card-safe rendering.
/// </summary>
public sealed class PolicyExcerpt
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
    public string ToHighlightedMarkdown()
    {
        var sb = new StringBuilder(Text.Length + (Highlights.Count * 4) + 16);
        var position = 0;
        foreach (var span in Highlights)
        {
            if (span.Start < position)
            {
                continue;
            }

            AppendEscaped(sb, Text.AsSpan(position, span.Start - position));
            sb.Append("**");
            AppendEscaped(sb, Text.AsSpan(span.Start, span.Length));
            sb.Append("**");
            position = span.End;
        }

        AppendEscaped(sb, Text.AsSpan(position));
        return sb.ToString();
    }

    public override string ToString() => Text;

    private static void AppendEscaped(StringBuilder sb, ReadOnlySpan<char> text)
    {
        foreach (var c in text)
        {
            if (c is '\\' or '*' or '_' or '[' or ']' or '(' or ')' or '`' or '#' or '<' or '>' or '~' or '|' or '!')
            {
                sb.Append('\\');
            }

            sb.Append(c);
        }
    }
}

using System.Text;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace SecurityBot.Policies.Library;

/// <summary>
/// Renders Markdown blocks to plain text for sections: formatting and links dropped (their words kept), raw HTML
/// dropped, list items on their own lines with a bullet. Cards escape this text again, so nothing in a policy file
/// can inject markup into a card.
/// </summary>
internal static class MarkdownText
{
    public static void AppendBlock(Block block, List<string> lines)
    {
        switch (block)
        {
            case ParagraphBlock paragraph:
                AddLine(lines, Inline(paragraph.Inline));
                break;
            case ListBlock list:
                foreach (var item in list.OfType<ListItemBlock>())
                {
                    var itemLines = new List<string>();
                    foreach (var child in item)
                    {
                        AppendBlock(child, itemLines);
                    }

                    AddLine(lines, "• " + string.Join(' ', itemLines));
                }

                break;
            case CodeBlock code:
                foreach (var line in code.Lines.Lines.Take(code.Lines.Count))
                {
                    AddLine(lines, line.Slice.ToString());
                }

                break;
            case ContainerBlock container and not ListBlock:
                foreach (var child in container)
                {
                    AppendBlock(child, lines);
                }

                break;
        }
    }

    public static string Inline(ContainerInline? container)
    {
        if (container is null)
        {
            return string.Empty;
        }

        var sb = new StringBuilder();
        AppendInline(container, sb);
        return sb.ToString();
    }

    private static void AppendInline(Inline inline, StringBuilder sb)
    {
        switch (inline)
        {
            case LiteralInline literal:
                sb.Append(literal.Content.ToString());
                break;
            case CodeInline code:
                sb.Append(code.Content);
                break;
            case AutolinkInline autolink:
                sb.Append(autolink.Url);
                break;
            case LineBreakInline:
                sb.Append(' ');
                break;
            case HtmlEntityInline entity:
                sb.Append(entity.Transcoded.ToString());
                break;
            case ContainerInline container:
                foreach (var child in container)
                {
                    AppendInline(child, sb);
                }

                break;
        }
    }

    private static void AddLine(List<string> lines, string line)
    {
        var trimmed = line.Trim();
        if (trimmed.Length > 0)
        {
            lines.Add(trimmed);
        }
    }
}

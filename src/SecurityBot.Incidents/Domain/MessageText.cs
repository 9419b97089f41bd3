using System.Net;
using System.Text;
using System.Text.RegularExpressions;

namespace SecurityBot.Incidents.Domain;

/// <summary>
/// A Teams message body (HTML) as plain text for the incident: tags dropped, entities decoded, line breaks kept, and
/// each link's real target written next to its text ("Reset password (https://evil.example/x)"), because a phishing
/// link's text and target differ and the target is the indicator. Bounded in and out; patterns have a match timeout.
/// </summary>
internal static partial class MessageText
{
    public const int MaxInputLength = 60_000;

    public static string FromTeams(string? content, string? contentType)
    {
        if (string.IsNullOrWhiteSpace(content))
        {
            return string.Empty;
        }

        var html = content.Length > MaxInputLength ? content[..MaxInputLength] : content;
        if (!string.Equals(contentType, "html", StringComparison.OrdinalIgnoreCase))
        {
            return Bound(html.Trim());
        }

        var text = LinksWritten(html);
        text = LineBreak().Replace(text, "\n");
        text = Tag().Replace(text, string.Empty);
        text = WebUtility.HtmlDecode(text);
        var lines = text.Split('\n').Select(l => l.Trim()).ToList();
        var builder = new StringBuilder();
        foreach (var line in lines)
        {
            if (line.Length == 0 && (builder.Length == 0 || builder.ToString().EndsWith("\n\n", StringComparison.Ordinal)))
            {
                continue;
            }

            builder.Append(line).Append('\n');
        }

        return Bound(builder.ToString().Trim());
    }

    private static string LinksWritten(string html)
    {
        try
        {
            // Still encoded here (decoded once, below): the comparison alone decodes.
            return Anchor().Replace(html, m =>
            {
                var target = m.Groups["href"].Value.Trim();
                var shown = Tag().Replace(m.Groups["text"].Value, string.Empty).Trim();
                var same = string.Equals(WebUtility.HtmlDecode(shown), WebUtility.HtmlDecode(target), StringComparison.OrdinalIgnoreCase);
                return shown.Length == 0 || same ? target : $"{shown} ({target})";
            });
        }
        catch (RegexMatchTimeoutException)
        {
            // Crafted markup: keep the text without the link targets rather than fail the report.
            return html;
        }
    }

    private static string Bound(string text) => text.Length <= QuotedMessage.MaxTextLength ? text : text[..(QuotedMessage.MaxTextLength - 1)] + "…";

    [GeneratedRegex("""<a\b[^>]*?\bhref\s*=\s*(?:"(?<href>[^"]*)"|'(?<href>[^']*)')[^>]*>(?<text>.*?)</a\s*>""", RegexOptions.IgnoreCase | RegexOptions.Singleline, matchTimeoutMilliseconds: 500)]
    private static partial Regex Anchor();

    [GeneratedRegex(@"<br\s*/?>|</p\s*>|</div\s*>|</li\s*>|</h[1-6]\s*>", RegexOptions.IgnoreCase, matchTimeoutMilliseconds: 500)]
    private static partial Regex LineBreak();

    [GeneratedRegex("<[^>]*>", RegexOptions.None, matchTimeoutMilliseconds: 500)]
    private static partial Regex Tag();
}

using System.Text.RegularExpressions;
using SecurityBot.Cards;

namespace SecurityBot.Policies.Teams;

/// <summary>
/// Escaping for text from policy files placed in markdown. <see cref="CardText.Escape"/> treats every string as a
/// line start, so "2.1" became "2\.1"; plain words, numbers and versions that cannot form markup stay as written.
/// </summary>
internal static partial class PolicyMarkdown
{
    public static string Escape(string? text) =>
        text is not null && Safe().IsMatch(text) && !ListMarker().IsMatch(text) && !text.Contains("www.", StringComparison.OrdinalIgnoreCase)
            ? text
            : CardText.Escape(text);

    // Letters, digits, spaces and . , - ' / only, starting with a letter or digit: none of these can open emphasis,
    // a link, a tag, a heading or a URL scheme.
    [GeneratedRegex(@"^[\p{L}\p{N}][\p{L}\p{N} .,'/-]*$", RegexOptions.CultureInvariant)]
    private static partial Regex Safe();

    // "1. " or "1) " would start an ordered list.
    [GeneratedRegex(@"^\d+[.)](\s|$)", RegexOptions.CultureInvariant)]
    private static partial Regex ListMarker();
}

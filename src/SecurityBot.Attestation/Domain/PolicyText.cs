using System.Text.RegularExpressions;

namespace SecurityBot.Attestation.Domain;

/// <summary>Small text rules for quoting a policy on a card and comparing two versions of it.</summary>
internal static partial class PolicyText
{
    /// <summary>The leading whole sentences that fit in <paramref name="maxLength"/>; a single long sentence is cut with "…".</summary>
    public static string FirstSentences(string text, int maxLength)
    {
        var flat = Whitespace().Replace(text ?? string.Empty, " ").Trim();
        if (flat.Length <= maxLength)
        {
            return flat;
        }

        var cut = flat.LastIndexOf(". ", maxLength - 1, StringComparison.Ordinal);
        if (cut > 0)
        {
            return flat[..(cut + 1)];
        }

        // One long sentence: cut between words ("(pirated films…" not "(pirated films, mus…") unless one word is most of it.
        var space = flat.LastIndexOf(' ', maxLength - 1);
        return (space > maxLength / 2 ? flat[..space] : flat[..(maxLength - 1)]).TrimEnd(' ', ',', ';', ':') + "…";
    }

    /// <summary>Equal once runs of whitespace are one space: re-wrapping a paragraph is not a change people must re-read.</summary>
    public static bool SameWords(string a, string b) =>
        string.Equals(Whitespace().Replace(a ?? string.Empty, " ").Trim(), Whitespace().Replace(b ?? string.Empty, " ").Trim(), StringComparison.Ordinal);

    [GeneratedRegex(@"\s+", RegexOptions.CultureInvariant)]
    private static partial Regex Whitespace();
}

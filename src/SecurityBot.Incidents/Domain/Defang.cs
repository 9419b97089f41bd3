using System.Text;
using System.Text.RegularExpressions;

namespace SecurityBot.Incidents.Domain;

/// <summary>
/// Makes indicators unclickable (hxxps://evil[.]example, user[@]evil[.]example, 203.0.113[.]7) so nobody opens a
/// phishing link from a card, and undoes it (<see cref="Refang"/>) so pasted, already defanged text still parses.
/// </summary>
internal static partial class Defang
{
    public static string Value(IndicatorKind kind, string value)
    {
        ArgumentNullException.ThrowIfNull(value);
        return kind switch
        {
            IndicatorKind.Url => Url(value),
            IndicatorKind.Domain => Dots(value),
            IndicatorKind.IpAddress => LastDot(value),
            IndicatorKind.Email => Dots(value.Replace("@", "[@]", StringComparison.Ordinal)),
            _ => value,
        };
    }

    /// <summary>hxxp(s) scheme and [.] in the host; the path is kept readable (it cannot be clicked without the host).</summary>
    public static string Url(string url)
    {
        ArgumentNullException.ThrowIfNull(url);
        var schemeEnd = url.IndexOf("://", StringComparison.Ordinal);
        if (schemeEnd < 0)
        {
            return Dots(url);
        }

        var scheme = url[..schemeEnd];
        var rest = url[(schemeEnd + 3)..];
        var hostEnd = rest.IndexOfAny(['/', '?', '#']);
        var host = hostEnd < 0 ? rest : rest[..hostEnd];
        var tail = hostEnd < 0 ? string.Empty : rest[hostEnd..];
        var defangedScheme = scheme.ToLowerInvariant() switch
        {
            "http" => "hxxp",
            "https" => "hxxps",
            "ftp" => "fxp",
            var other => other.Replace('t', 'x'),
        };
        return $"{defangedScheme}://{Dots(host)}{tail}";
    }

    /// <summary>
    /// Defangs every URL scheme, host name, IP address and e-mail address inside free text (a report's description,
    /// a note), so quoted links cannot be clicked or auto-linked; file names such as invoice.pdf are left alone.
    /// </summary>
    public static string Text(string? text) => Text(text, SchemePattern(), EmailAtPattern(), HostPattern());

    /// <summary><see cref="Text(string?)"/> with every pattern given <paramref name="matchTimeout"/> (tests force a timeout).</summary>
    internal static string Text(string? text, TimeSpan matchTimeout) =>
        Text(text, With(SchemePattern(), matchTimeout), With(EmailAtPattern(), matchTimeout), With(HostPattern(), matchTimeout));

    private static string Text(string? text, Regex scheme, Regex emailAt, Regex host)
    {
        if (string.IsNullOrEmpty(text))
        {
            return string.Empty;
        }

        try
        {
            var schemes = scheme.Replace(text, m => m.Groups[1].Value.ToLowerInvariant() switch
            {
                "https" => "hxxps",
                "http" => "hxxp",
                _ => "fxp",
            });
            var at = emailAt.Replace(schemes, "[@]");
            return host.Replace(at, m =>
            {
                var lastDot = m.Value.LastIndexOf('.');
                var tld = m.Value[(lastDot + 1)..];
                return tld.All(char.IsAsciiDigit) || !IndicatorExtractor.IsFileExtension(tld) ? Dots(m.Value) : m.Value;
            });
        }
        catch (RegexMatchTimeoutException)
        {
            // Text too hostile (or a machine too busy) to read precisely: every dot, @ and :// is defanged, file
            // names included. Less pretty, never clickable — raw text is never the fallback.
            return Crude(text);
        }
    }

    private static string Crude(string text) =>
        Dots(text).Replace("@", "[@]", StringComparison.Ordinal).Replace("://", "[://]", StringComparison.Ordinal);

    private static Regex With(Regex shipped, TimeSpan timeout) => new(shipped.ToString(), shipped.Options, timeout);

    /// <summary>Reverses the usual defanging forms: hxxp, [.], (.), {.}, [dot], [@], [at], [:]; leaves other text as is.</summary>
    public static string Refang(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var builder = new StringBuilder(text);
        foreach (var (from, to) in Replacements)
        {
            builder.Replace(from, to);
        }

        var result = builder.ToString();
        return HxxpPattern().Replace(result, m => m.Value.Replace('x', 't').Replace('X', 'T'));
    }

    private static readonly (string From, string To)[] Replacements =
    [
        ("[.]", "."), ("(.)", "."), ("{.}", "."), ("[dot]", "."), ("(dot)", "."), ("[DOT]", "."),
        ("[@]", "@"), ("(@)", "@"), ("[at]", "@"), ("[AT]", "@"),
        ("[:]", ":"), ("[://]", "://"), ("[/]", "/"),
    ];

    private static string Dots(string value) => value.Replace(".", "[.]", StringComparison.Ordinal);

    private static string LastDot(string ip)
    {
        var last = ip.LastIndexOf('.');
        return last < 0 ? ip : string.Concat(ip.AsSpan(0, last), "[.]", ip.AsSpan(last + 1));
    }

    [GeneratedRegex(@"\b(https?|ftp)(?=://)", RegexOptions.IgnoreCase, matchTimeoutMilliseconds: 1000)]
    private static partial Regex SchemePattern();

    [GeneratedRegex(@"(?<=[A-Za-z0-9._%+\-])@(?=[A-Za-z0-9\-]+\.)", RegexOptions.None, matchTimeoutMilliseconds: 1000)]
    private static partial Regex EmailAtPattern();

    // Host names (a.b.tld) and dotted IPv4 addresses; the dots become [.].
    [GeneratedRegex(@"(?<![\w.\-])(?:[A-Za-z0-9](?:[A-Za-z0-9\-]{0,61}[A-Za-z0-9])?\.)+(?:[A-Za-z]{2,24}|\d{1,3})(?![\w\-])", RegexOptions.None, matchTimeoutMilliseconds: 1000)]
    private static partial Regex HostPattern();

    [GeneratedRegex(@"\bhxxps?(?=://)", RegexOptions.IgnoreCase)]
    private static partial Regex HxxpPattern();
}

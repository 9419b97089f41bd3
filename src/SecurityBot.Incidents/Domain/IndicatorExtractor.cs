using System.Net;
using System.Text.RegularExpressions;

namespace SecurityBot.Incidents.Domain;

/// <summary>
/// Pulls URLs, domains, IP addresses, e-mail addresses and SHA-256/SHA-1/MD5 hashes out of report text (defanged
/// input is refanged first). Values are normalised (host lower-cased, trailing punctuation dropped) and deduplicated;
/// the domain of every URL and e-mail address is an indicator too, so reports that share a sender domain correlate.
/// Bounded: at most <see cref="MaxIndicators"/> indicators from at most <see cref="MaxInputLength"/> characters.
/// </summary>
internal static partial class IndicatorExtractor
{
    public const int MaxIndicators = 50;
    public const int MaxInputLength = 20_000;

    // Looks like a domain but is a file name: "invoice.pdf" in a report is not a host to block.
    private static readonly HashSet<string> FileExtensions = new(StringComparer.OrdinalIgnoreCase)
    {
        "exe", "dll", "pdf", "doc", "docx", "docm", "xls", "xlsx", "xlsm", "ppt", "pptx", "zip", "rar", "7z", "js", "vbs",
        "ps1", "bat", "cmd", "msi", "iso", "img", "txt", "csv", "png", "jpg", "jpeg", "gif", "htm", "html", "lnk", "one",
        "json", "xml", "log", "eml", "msg", "jar", "py", "sh", "tmp", "dat", "bin", "cs",
    };

    /// <summary>Whether a "top-level domain" is really a file extension (invoice.pdf is a file, not a host).</summary>
    public static bool IsFileExtension(string suffix) => FileExtensions.Contains(suffix);

    public static IReadOnlyList<Indicator> Extract(string? text) => Extract(text, Patterns.Shipped);

    /// <summary>The same extraction with every pattern's match timeout set to <paramref name="matchTimeout"/> (tests: a timeout on any input).</summary>
    internal static IReadOnlyList<Indicator> Extract(string? text, TimeSpan matchTimeout) => Extract(text, Patterns.WithTimeout(matchTimeout));

    private static IReadOnlyList<Indicator> Extract(string? text, Patterns patterns)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return [];
        }

        var source = Defang.Refang(text.Length > MaxInputLength ? text[..MaxInputLength] : text);
        var found = new List<Indicator>();
        var seen = new HashSet<(IndicatorKind, string)>();

        void Add(IndicatorKind kind, string value)
        {
            if (found.Count < MaxIndicators && seen.Add((kind, value)))
            {
                found.Add(new Indicator(kind, value));
            }
        }

        // Each pass is bounded by its pattern's match timeout; a pass that runs out of time (a hostile or huge text on
        // a busy machine) contributes nothing and the others still run, so the report is kept without those indicators.
        // URLs first; their text is blanked so their hosts and paths are not found again as bare domains.
        var remaining = TimeBounded(source, t => patterns.Url.Replace(t, m =>
        {
            var url = m.Value.TrimEnd('.', ',', ';', ':', '!', '?', ')', ']', '\'', '"');
            if (Uri.TryCreate(url, UriKind.Absolute, out var uri) && !string.IsNullOrEmpty(uri.Host))
            {
                Add(IndicatorKind.Url, NormaliseUrl(url, uri));
                AddHost(uri.Host, Add);
            }

            return new string(' ', m.Length);
        }));

        remaining = TimeBounded(remaining, t => patterns.Email.Replace(t, m =>
        {
            var email = m.Value.TrimEnd('.').ToLowerInvariant();
            Add(IndicatorKind.Email, email);
            AddHost(email[(email.IndexOf('@', StringComparison.Ordinal) + 1)..], Add);
            return new string(' ', m.Length);
        }));

        foreach (Match m in TimeBounded(patterns.Ipv4, remaining))
        {
            if (IPAddress.TryParse(m.Value, out var ip) && m.Value.Split('.').All(o => o.Length == 1 || o[0] != '0'))
            {
                Add(IndicatorKind.IpAddress, ip.ToString());
            }
        }

        foreach (Match m in TimeBounded(patterns.Domain, remaining))
        {
            AddHost(m.Value, Add);
        }

        foreach (Match m in TimeBounded(patterns.Hash, remaining))
        {
            var kind = m.Value.Length switch
            {
                64 => IndicatorKind.Sha256,
                40 => IndicatorKind.Sha1,
                _ => IndicatorKind.Md5,
            };
            Add(kind, m.Value.ToLowerInvariant());
        }

        return found;
    }

    /// <summary>A replacing pass, or the text unchanged when the pattern ran out of time (indicators it added stay).</summary>
    private static string TimeBounded(string text, Func<string, string> pass)
    {
        try
        {
            return pass(text);
        }
        catch (RegexMatchTimeoutException)
        {
            return text;
        }
    }

    /// <summary>The matches found before the pattern ran out of time (none when it timed out at once).</summary>
    private static List<Match> TimeBounded(Regex pattern, string text)
    {
        var matches = new List<Match>();
        try
        {
            for (var m = pattern.Match(text); m.Success; m = m.NextMatch())
            {
                matches.Add(m);
            }
        }
        catch (RegexMatchTimeoutException)
        {
            // Keep what was found; the rest of the text yields no indicators of this kind.
        }

        return matches;
    }

    private static void AddHost(string host, Action<IndicatorKind, string> add)
    {
        var value = host.TrimEnd('.').ToLowerInvariant();
        if (IPAddress.TryParse(value, out _))
        {
            add(IndicatorKind.IpAddress, value);
            return;
        }

        var lastDot = value.LastIndexOf('.');
        if (lastDot > 0 && !FileExtensions.Contains(value[(lastDot + 1)..]) && value[(lastDot + 1)..].All(char.IsAsciiLetter))
        {
            add(IndicatorKind.Domain, value);
        }
    }

    private static string NormaliseUrl(string original, Uri uri)
    {
        // Scheme and host are case-insensitive; the path is not, so it is kept as typed.
        var authorityStart = original.IndexOf("://", StringComparison.Ordinal) + 3;
        var pathStart = original.IndexOfAny(['/', '?', '#'], authorityStart);
        var tail = pathStart < 0 ? string.Empty : original[pathStart..];
        var port = uri.IsDefaultPort ? string.Empty : $":{uri.Port}";
        return $"{uri.Scheme}://{uri.Host.ToLowerInvariant()}{port}{tail}";
    }

    private sealed record Patterns(Regex Url, Regex Email, Regex Ipv4, Regex Domain, Regex Hash)
    {
        public static readonly Patterns Shipped = new(UrlPattern(), EmailPattern(), Ipv4Pattern(), DomainPattern(), HashPattern());

        public static Patterns WithTimeout(TimeSpan timeout) => new(
            With(Shipped.Url, timeout), With(Shipped.Email, timeout), With(Shipped.Ipv4, timeout), With(Shipped.Domain, timeout), With(Shipped.Hash, timeout));

        private static Regex With(Regex shipped, TimeSpan timeout) => new(shipped.ToString(), shipped.Options, timeout);
    }

    [GeneratedRegex(@"\b(?:https?|ftp)://[^\s<>""'`]+", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex UrlPattern();

    [GeneratedRegex(@"\b[A-Za-z0-9._%+\-]{1,64}@(?:[A-Za-z0-9](?:[A-Za-z0-9\-]{0,61}[A-Za-z0-9])?\.)+[A-Za-z]{2,24}\b", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex EmailPattern();

    [GeneratedRegex(@"(?<![\d.])(?:\d{1,3}\.){3}\d{1,3}(?![\d.]*\d)", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex Ipv4Pattern();

    [GeneratedRegex(@"(?<![\w@.\-])(?:[A-Za-z0-9](?:[A-Za-z0-9\-]{0,61}[A-Za-z0-9])?\.)+[A-Za-z]{2,24}(?![\w\-]|\.\w)", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex DomainPattern();

    [GeneratedRegex(@"(?<![0-9A-Fa-f])(?:[0-9A-Fa-f]{64}|[0-9A-Fa-f]{40}|[0-9A-Fa-f]{32})(?![0-9A-Fa-f])", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex HashPattern();
}

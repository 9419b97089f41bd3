using System.Diagnostics.CodeAnalysis;

namespace SecurityBot.BotFramework.Connector;

/// <summary>
/// The one reading of a connector serviceUrl, used by inbound token validation (the serviceurl claim against the
/// activity's serviceUrl), by trust (Bot:TrustedServiceUrls, the Bot Framework's hosts, learned URLs) and by the
/// connector client (the base its v3 paths are joined to): scheme, lower-case host, port, the path with a trailing
/// slash; query, fragment and a default port ignored. Only https, or http on a loopback host (the Agents Playground
/// and local emulators), and never credentials in the URL.
/// </summary>
public sealed class ServiceUrl
{
    private ServiceUrl(string key)
    {
        Key = key;
        BaseUri = new Uri(key, UriKind.Absolute);
    }

    /// <summary>The comparison form, e.g. https://smba.trafficmanager.net/amer/.</summary>
    public string Key { get; }

    /// <summary><see cref="Key"/> as a URI that relative v3 paths join under without losing the last segment (/amer/).</summary>
    public Uri BaseUri { get; }

    public string Host => BaseUri.Host;

    public bool IsHttps => BaseUri.Scheme == Uri.UriSchemeHttps;

    public bool HasDefaultPort => BaseUri.IsDefaultPort;

    public static bool TryParse(string? value, [NotNullWhen(true)] out ServiceUrl? serviceUrl)
    {
        serviceUrl = null;
        if (string.IsNullOrWhiteSpace(value) || !Uri.TryCreate(value.Trim(), UriKind.Absolute, out var uri))
        {
            return false;
        }

        var secure = uri.Scheme == Uri.UriSchemeHttps;
        var localDevelopment = uri.Scheme == Uri.UriSchemeHttp && uri.IsLoopback;
        if ((!secure && !localDevelopment) || !string.IsNullOrEmpty(uri.UserInfo) || string.IsNullOrEmpty(uri.Host))
        {
            return false;
        }

        var path = uri.AbsolutePath.EndsWith('/') ? uri.AbsolutePath : uri.AbsolutePath + "/";
        var port = uri.IsDefaultPort ? string.Empty : $":{uri.Port}";
        serviceUrl = new ServiceUrl($"{uri.Scheme}://{uri.Host.ToLowerInvariant()}{port}{path}");
        return true;
    }

    /// <summary>Both parse and name the same connector base.</summary>
    public static bool AreSame(string? first, string? second) =>
        TryParse(first, out var a) && TryParse(second, out var b) && string.Equals(a.Key, b.Key, StringComparison.Ordinal);

    public override string ToString() => Key;
}

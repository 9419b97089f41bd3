using System.Collections.Concurrent;
using System.Diagnostics.CodeAnalysis;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace SecurityBot.BotFramework.Connector;

/// <summary>
/// The service URLs the connector client may send a token to: Bot:TrustedServiceUrls plus every serviceUrl learned
/// from an authenticated activity. URLs are compared normalised (scheme, lower-case host, port, path with a trailing
/// slash; query and fragment ignored). Only https is trusted, except http on loopback hosts for local development
/// (Agents Playground posts with http://127.0.0.1:port/...).
/// </summary>
public sealed partial class ServiceUrlTrust : IServiceUrlTrust
{
    private readonly ConcurrentDictionary<string, byte> _trusted = new(StringComparer.Ordinal);
    private readonly ILogger<ServiceUrlTrust> _logger;

    public ServiceUrlTrust(IOptions<BotOptions> options, ILogger<ServiceUrlTrust> logger)
    {
        ArgumentNullException.ThrowIfNull(options);
        _logger = logger;
        foreach (var url in options.Value.TrustedServiceUrls)
        {
            // Invalid entries are refused at start by BotOptionsValidator; skipping here keeps the constructor total.
            if (TryNormalize(url, out var key))
            {
                _trusted.TryAdd(key, 0);
            }
        }
    }

    public bool IsTrusted(string url) => TryNormalize(url, out var key) && _trusted.ContainsKey(key);

    public void Trust(string url)
    {
        if (!TryNormalize(url, out var key))
        {
            LogRefused(_logger, SafeHost(url));
            return;
        }

        if (_trusted.TryAdd(key, 0))
        {
            LogTrusted(_logger, key);
        }
    }

    /// <summary>The comparison form of a service URL; false when it is not an absolute https (or loopback http) URL without credentials.</summary>
    public static bool TryNormalize(string? url, [NotNullWhen(true)] out string? normalized)
    {
        normalized = null;
        if (string.IsNullOrWhiteSpace(url) || !Uri.TryCreate(url.Trim(), UriKind.Absolute, out var uri))
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
        normalized = $"{uri.Scheme}://{uri.Host.ToLowerInvariant()}{port}{path}";
        return true;
    }

    private static string SafeHost(string? url) =>
        Uri.TryCreate(url, UriKind.Absolute, out var uri) ? $"{uri.Scheme}://{uri.Host}" : "(not a URL)";

    [LoggerMessage(Level = LogLevel.Information, Message = "Trusting serviceUrl {ServiceUrl} for outbound connector calls")]
    private static partial void LogTrusted(ILogger logger, string serviceUrl);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Not trusting serviceUrl at {Host}: only https (or http on loopback) URLs without credentials are trusted")]
    private static partial void LogRefused(ILogger logger, string host);
}

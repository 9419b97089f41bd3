using System.Collections.Concurrent;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using SecurityBot.BotFramework.Logging;

namespace SecurityBot.BotFramework.Connector;

/// <summary>
/// The service URLs the connector client may send a token to, compared as <see cref="ServiceUrl"/> keys:
/// <list type="bullet">
/// <item>any https URL on the Bot Framework's own connector hosts (<see cref="BotFrameworkHosts"/>, default port);</item>
/// <item>Bot:TrustedServiceUrls;</item>
/// <item>in Development only, serviceUrls learned from authenticated activities (local emulators and the Agents
/// Playground post from http://127.0.0.1:port/).</item>
/// </list>
/// Outside Development nothing is learned: a serviceUrl stored in the database (conversation references are written
/// from inbound activities and a poisoned row would otherwise be believed) is trusted only if the rules above say so.
/// Without a host environment (a bare service collection) the strict rules apply.
/// </summary>
public sealed partial class ServiceUrlTrust : IServiceUrlTrust
{
    /// <summary>
    /// Connector hosts of the Bot Framework and Teams: public Teams (smba.trafficmanager.net), Teams GCC, GCC High and
    /// DoD (the Teams service endpoints the Microsoft 365 Agents SDK lists for proactive messaging), and the Bot
    /// Framework's channel hosts in the public and US Government clouds (*.botframework.com, *.botframework.azure.us).
    /// </summary>
    public static readonly IReadOnlyList<string> BotFrameworkHosts =
    [
        "smba.trafficmanager.net",
        "smba.infra.gcc.teams.microsoft.com",
        "smba.infra.gov.teams.microsoft.us",
        "smba.infra.dod.teams.microsoft.us",
        "*.botframework.com",
        "*.botframework.azure.us",
    ];

    private readonly ConcurrentDictionary<string, byte> _trusted = new(StringComparer.Ordinal);
    private readonly ILogger<ServiceUrlTrust> _logger;
    private readonly bool _learns;

    public ServiceUrlTrust(IOptions<BotOptions> options, ILogger<ServiceUrlTrust> logger, IHostEnvironment? environment = null)
    {
        ArgumentNullException.ThrowIfNull(options);
        _logger = logger;
        _learns = environment?.IsDevelopment() == true;
        foreach (var url in options.Value.TrustedServiceUrls)
        {
            // Invalid entries are refused at start by BotOptionsValidator; skipping here keeps the constructor total.
            if (ServiceUrl.TryParse(url, out var parsed))
            {
                _trusted.TryAdd(parsed.Key, 0);
            }
        }
    }

    public bool IsTrusted(string url) => ServiceUrl.TryParse(url, out var parsed) && IsTrusted(parsed);

    public bool IsTrusted(ServiceUrl url)
    {
        ArgumentNullException.ThrowIfNull(url);
        return IsBotFrameworkHost(url) || _trusted.ContainsKey(url.Key);
    }

    public void Trust(string url)
    {
        if (!ServiceUrl.TryParse(url, out var parsed))
        {
            LogRefused(_logger);
            LogRefusedValue(_logger, UntrustedLogValue.Of(url));
            return;
        }

        if (IsTrusted(parsed))
        {
            return;
        }

        if (!_learns)
        {
            // Outside Development an authenticated activity does not widen the set: only configuration does.
            LogNotLearned(_logger, UntrustedLogValue.Of(parsed.Key));
            return;
        }

        if (_trusted.TryAdd(parsed.Key, 0))
        {
            LogTrusted(_logger, UntrustedLogValue.Of(parsed.Key));
        }
    }

    /// <summary>https on the default port of one of <see cref="BotFrameworkHosts"/> (a "*." entry: any subdomain, not the bare domain).</summary>
    public static bool IsBotFrameworkHost(ServiceUrl url)
    {
        ArgumentNullException.ThrowIfNull(url);
        if (!url.IsHttps || !url.HasDefaultPort)
        {
            return false;
        }

        foreach (var host in BotFrameworkHosts)
        {
            var matches = host.StartsWith("*.", StringComparison.Ordinal)
                ? url.Host.EndsWith(host[1..], StringComparison.Ordinal) && url.Host.Length > host.Length - 1
                : string.Equals(url.Host, host, StringComparison.Ordinal);
            if (matches)
            {
                return true;
            }
        }

        return false;
    }

    [LoggerMessage(Level = LogLevel.Debug, Message = "Trusting serviceUrl {ServiceUrl} (learned in Development) for outbound connector calls")]
    private static partial void LogTrusted(ILogger logger, string serviceUrl);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Not trusting a serviceUrl: only https (or http on loopback) URLs without credentials are trusted")]
    private static partial void LogRefused(ILogger logger);

    [LoggerMessage(Level = LogLevel.Debug, Message = "The serviceUrl not trusted was {ServiceUrl}")]
    private static partial void LogRefusedValue(ILogger logger, string serviceUrl);

    [LoggerMessage(Level = LogLevel.Debug, Message = "Not learning serviceUrl {ServiceUrl} outside Development: it is neither a Bot Framework host nor in Bot:TrustedServiceUrls")]
    private static partial void LogNotLearned(ILogger logger, string serviceUrl);
}

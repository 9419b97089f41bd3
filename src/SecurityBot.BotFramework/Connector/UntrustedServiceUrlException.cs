using System.Net;

namespace SecurityBot.BotFramework.Connector;

/// <summary>
/// The serviceUrl did not arrive on an authenticated activity and is not configured as trusted, so nothing was sent
/// (above all no token). The status is 421 Misdirected Request, not 403: the outbox reads 403 as "the person blocked
/// the bot", which would be a false accusation here.
/// </summary>
public sealed class UntrustedServiceUrlException : ConnectorException
{
    public const string Code = "UntrustedServiceUrl";

    public UntrustedServiceUrlException(string serviceUrl)
        : base(HttpStatusCode.MisdirectedRequest, $"Refused to call the untrusted serviceUrl '{Display(serviceUrl)}': it did not arrive on an authenticated activity and is not in Bot:TrustedServiceUrls.", errorCode: Code)
    {
        ServiceUrl = Display(serviceUrl);
    }

    /// <summary>The refused URL without credentials, query or fragment (safe to log).</summary>
    public string ServiceUrl { get; }

    private static string Display(string serviceUrl) =>
        Uri.TryCreate(serviceUrl, UriKind.Absolute, out var uri) ? $"{uri.Scheme}://{uri.Authority}{uri.AbsolutePath}" : "(not an absolute URL)";
}

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
        : base(HttpStatusCode.MisdirectedRequest, $"Refused to call the untrusted serviceUrl '{serviceUrl}': it did not arrive on an authenticated activity and is not in Bot:TrustedServiceUrls.", errorCode: Code)
    {
        ServiceUrl = serviceUrl;
    }

    public string ServiceUrl { get; }
}

using Microsoft.Identity.Client;

namespace SecurityBot.BotFramework.Authentication;

/// <summary>
/// Routes MSAL's HTTP through IHttpClientFactory (named client "BotFramework.Token"), so handler lifetime, proxies and
/// the platform's CA trust are the host's, and tests can point it at a local HTTPS issuer.
/// </summary>
public sealed class MsalHttpClientFactory(IHttpClientFactory httpClientFactory) : IMsalHttpClientFactory
{
    public HttpClient GetHttpClient() => httpClientFactory.CreateClient(AuthenticationConstants.TokenHttpClient);
}

using Microsoft.Extensions.Options;
using SecurityBot.BotFramework.Authentication;

namespace SecurityBot.BotFramework.Connector;

/// <summary>
/// Stand-in registered (TryAdd) only when no real <see cref="IAccessTokenProvider"/> is (AddBotAuthentication
/// registers the MSAL one), so hosts that use the connector without the authentication layer (tests, tools) work.
/// It fails closed: with an app id configured it refuses to produce a token rather than letting calls go out
/// unauthenticated.
/// </summary>
internal sealed class UnconfiguredAccessTokenProvider(IOptions<BotFrameworkOptions> options) : IAccessTokenProvider
{
    public bool IsEnabled => options.Value.IsAuthenticationEnabled;

    public Task<string> GetAccessTokenAsync(CancellationToken cancellationToken) =>
        throw new InvalidOperationException("MicrosoftAppId is set but no outbound token provider is registered: call AddBotAuthentication (AddBotFramework does).");

    public Task<string> RefreshAccessTokenAsync(string rejectedToken, CancellationToken cancellationToken) => GetAccessTokenAsync(cancellationToken);
}

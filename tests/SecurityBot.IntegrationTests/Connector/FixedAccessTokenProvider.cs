using SecurityBot.BotFramework.Authentication;

namespace SecurityBot.IntegrationTests.Connector;

/// <summary>Stands in for the MSAL token provider (tested on its own against a local token endpoint): a fixed token, counted.</summary>
internal sealed class FixedAccessTokenProvider(string token, bool enabled = true) : IAccessTokenProvider
{
    private int _requests;

    public bool IsEnabled => enabled;

    public int Requests => Volatile.Read(ref _requests);

    public Task<string> GetAccessTokenAsync(CancellationToken cancellationToken)
    {
        Interlocked.Increment(ref _requests);
        return Task.FromResult(token);
    }

    public Task<string> RefreshAccessTokenAsync(string rejectedToken, CancellationToken cancellationToken) => GetAccessTokenAsync(cancellationToken);
}

namespace SecurityBot.BotFramework.Authentication;

/// <summary>Outbound bot-to-channel tokens (MSAL client credentials, cached and renewed by MSAL).</summary>
public interface IAccessTokenProvider
{
    /// <summary>True when outbound calls carry a token (a MicrosoftAppId is configured).</summary>
    bool IsEnabled { get; }

    Task<string> GetAccessTokenAsync(CancellationToken cancellationToken);

    /// <summary>
    /// A token the connector refused (401) is not used again: returns a newer token when another caller already got
    /// one, else asks the issuer for a fresh one, bypassing every cache once.
    /// </summary>
    Task<string> RefreshAccessTokenAsync(string rejectedToken, CancellationToken cancellationToken);
}

namespace SecurityBot.BotFramework.Authentication;

/// <summary>Outbound bot-to-channel tokens (MSAL client credentials, cached and renewed by MSAL).</summary>
public interface IAccessTokenProvider
{
    /// <summary>True when outbound calls carry a token (a MicrosoftAppId is configured).</summary>
    bool IsEnabled { get; }

    Task<string> GetAccessTokenAsync(CancellationToken cancellationToken);
}

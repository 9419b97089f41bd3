namespace SecurityBot.BotFramework.Authentication;

/// <summary>
/// Validates the Bearer token of an inbound request per the Bot Framework connector authentication spec. When
/// authentication is off (no MicrosoftAppId, Development only) it succeeds with an anonymous identity.
/// </summary>
public interface IChannelTokenValidator
{
    /// <param name="authorizationHeader">The raw Authorization header, or null.</param>
    /// <param name="channelId">activity.channelId: must be in the signing key's endorsements.</param>
    /// <param name="serviceUrl">activity.serviceUrl: must equal the token's serviceurl claim.</param>
    /// <param name="cancellationToken">Cancels key retrieval.</param>
    Task<AuthenticationResult> ValidateAsync(string? authorizationHeader, string? channelId, string? serviceUrl, CancellationToken cancellationToken);
}

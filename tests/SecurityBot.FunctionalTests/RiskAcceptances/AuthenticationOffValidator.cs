using System.Security.Claims;
using SecurityBot.BotFramework.Authentication;

namespace SecurityBot.FunctionalTests.RiskAcceptances;

/// <summary>
/// Stand-in for the inbound token validator while main has no implementation registered yet: behaves like the
/// documented "authentication off" mode (Development, no MicrosoftAppId) — anonymous success without a token,
/// 401 with one. Registered with TryAdd, so the real validator wins as soon as it is registered.
/// </summary>
internal sealed class AuthenticationOffValidator : IChannelTokenValidator
{
    public Task<AuthenticationResult> ValidateAsync(string? authorizationHeader, string? channelId, string? serviceUrl, CancellationToken cancellationToken) =>
        Task.FromResult(authorizationHeader is null
            ? AuthenticationResult.Success(new ClaimsIdentity())
            : AuthenticationResult.Unauthorized("Authentication is off in this test host."));
}

using System.Security.Claims;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;
using SecurityBot.BotFramework.Connector;

namespace SecurityBot.BotFramework.Authentication;

/// <summary>
/// Channel-to-bot token validation per the Bot Framework connector authentication spec: Bearer JWT, RS256, issuer
/// https://api.botframework.com, audience = MicrosoftAppId, lifetime with 5 minutes skew, a key from the issuer's
/// OpenID metadata endorsed for the activity's channel, and a serviceurl claim equal to the activity's serviceUrl.
/// Errors name the failed check only; the token itself is never logged or returned.
/// </summary>
public sealed partial class ChannelTokenValidator(
    OpenIdMetadataProvider metadata,
    IOptions<BotFrameworkOptions> options,
    TimeProvider timeProvider,
    ILogger<ChannelTokenValidator> logger) : IChannelTokenValidator, IDisposable
{
    private const string BearerPrefix = "Bearer ";
    private const string KeyNotPublished = "The token is signed with a key the channel does not publish.";

    // Outside these, exp or nbf (plus the skew) no longer fits a DateTimeOffset: such a token is refused, not a 500.
    private static readonly long MinInstant = (DateTimeOffset.MinValue + AuthenticationConstants.ClockSkew + TimeSpan.FromDays(1)).ToUnixTimeSeconds();
    private static readonly long MaxInstant = (DateTimeOffset.MaxValue - AuthenticationConstants.ClockSkew - TimeSpan.FromDays(1)).ToUnixTimeSeconds();
    private readonly JsonWebTokenHandler _handler = new() { MapInboundClaims = false };
    private readonly VerifiedTokenCache _verified = new();

    public async Task<AuthenticationResult> ValidateAsync(string? authorizationHeader, string? channelId, string? serviceUrl, CancellationToken cancellationToken)
    {
        var settings = options.Value;
        if (!settings.IsAuthenticationEnabled)
        {
            // Development without an app id (checked at start-up): the local emulator sends no token.
            return AuthenticationResult.Success(new ClaimsIdentity());
        }

        var result = await ValidateCoreAsync(settings.MicrosoftAppId!, authorizationHeader, channelId, serviceUrl, cancellationToken).ConfigureAwait(false);
        if (!result.Succeeded)
        {
            LogRefused(logger, result.StatusCode, result.Error!);
        }

        return result;
    }

    private async Task<AuthenticationResult> ValidateCoreAsync(string appId, string? header, string? channelId, string? serviceUrl, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(header))
        {
            return AuthenticationResult.Unauthorized("The Authorization header is missing.");
        }

        if (!header.StartsWith(BearerPrefix, StringComparison.OrdinalIgnoreCase) || header.Length == BearerPrefix.Length)
        {
            return AuthenticationResult.Unauthorized("The Authorization header is not a Bearer token.");
        }

        var token = header[BearerPrefix.Length..].Trim();
        var cacheKey = VerifiedTokenCache.KeyOf(token);
        if (_verified.TryGet(cacheKey, out var known) && known is not null)
        {
            var (current, unavailable) = await SigningKeyAsync(known.Key.KeyId, cancellationToken).ConfigureAwait(false);
            if (unavailable is not null)
            {
                return unavailable;
            }

            // The same key instance means no refresh happened since the signature was proven with it.
            if (ReferenceEquals(current, known.Key))
            {
                return Authorize(known, channelId, serviceUrl);
            }

            // The keys were refreshed: the proof is void, and the token is proven again below (or refused at once when
            // its key is no longer published, without asking the issuer a second time).
            _verified.Remove(cacheKey);
            if (current is null)
            {
                return AuthenticationResult.Unauthorized(KeyNotPublished);
            }
        }

        if (!_handler.CanReadToken(token))
        {
            return AuthenticationResult.Unauthorized("The bearer token is not a JWT.");
        }

        JsonWebToken unverified;
        try
        {
            unverified = _handler.ReadJsonWebToken(token);
        }
        catch (ArgumentException)
        {
            return AuthenticationResult.Unauthorized("The bearer token is not a JWT.");
        }

        // Checked before any key lookup: "none" and HMAC tokens (alg confusion) never reach signature validation.
        if (unverified.Alg != SecurityAlgorithms.RsaSha256)
        {
            return AuthenticationResult.Unauthorized("The token's algorithm is not RS256.");
        }

        if (string.IsNullOrEmpty(unverified.Kid))
        {
            return AuthenticationResult.Unauthorized("The token names no signing key (kid).");
        }

        var (key, keysUnavailable) = await SigningKeyAsync(unverified.Kid, cancellationToken).ConfigureAwait(false);
        if (keysUnavailable is not null)
        {
            return keysUnavailable;
        }

        if (key is null)
        {
            return AuthenticationResult.Unauthorized(KeyNotPublished);
        }

        var validation = await _handler.ValidateTokenAsync(token, Parameters(appId, key)).ConfigureAwait(false);
        if (!validation.IsValid)
        {
            return AuthenticationResult.Unauthorized(Describe(validation.Exception));
        }

        if (!unverified.TryGetPayloadValue<long>(JwtRegisteredClaimNames.Exp, out var exp))
        {
            return AuthenticationResult.Unauthorized("The token has no expiry.");
        }

        var hasNotBefore = unverified.TryGetPayloadValue<long>(JwtRegisteredClaimNames.Nbf, out var nbf);
        if (!IsRepresentable(exp) || (hasNotBefore && !IsRepresentable(nbf)))
        {
            return AuthenticationResult.Unauthorized("The token's exp or nbf is not a valid time.");
        }

        // The cached identity is a copy without the SecurityToken, so the cache holds no bearer.
        var verified = new VerifiedToken(
            key,
            DateTimeOffset.FromUnixTimeSeconds(exp),
            hasNotBefore ? DateTimeOffset.FromUnixTimeSeconds(nbf) : null,
            validation.ClaimsIdentity.FindFirst(AuthenticationConstants.ServiceUrlClaim)?.Value,
            validation.ClaimsIdentity.Clone());
        var result = Authorize(verified, channelId, serviceUrl);
        if (result.Succeeded)
        {
            // Only accepted tokens are remembered.
            _verified.Add(cacheKey, verified, timeProvider.GetUtcNow());
        }

        return result;
    }

    private static bool IsRepresentable(long unixSeconds) => unixSeconds >= MinInstant && unixSeconds <= MaxInstant;

    /// <summary>The checks that depend on the clock and on the activity, run on every request.</summary>
    private AuthenticationResult Authorize(VerifiedToken token, string? channelId, string? serviceUrl)
    {
        if (CheckLifetime(token) is { } lifetimeError)
        {
            return AuthenticationResult.Unauthorized(lifetimeError);
        }

        // Only after the signature holds: the key must be one the issuer endorses for this channel.
        if (string.IsNullOrEmpty(channelId) || !token.Key.IsEndorsedFor(channelId))
        {
            return AuthenticationResult.Forbidden("The token's signing key is not endorsed for the activity's channel.");
        }

        // The connector client reads serviceUrls the same way (ServiceUrl), so it sends only where the claim points.
        if (string.IsNullOrEmpty(serviceUrl) || token.ServiceUrl is null || !ServiceUrl.AreSame(token.ServiceUrl, serviceUrl))
        {
            return AuthenticationResult.Unauthorized("The token's serviceurl claim does not match the activity's serviceUrl.");
        }

        // A copy per request: the cached identity is shared by every request carrying the same token.
        return AuthenticationResult.Success(token.Identity.Clone());
    }

    private async Task<(ChannelSigningKey? Key, AuthenticationResult? Unavailable)> SigningKeyAsync(string keyId, CancellationToken cancellationToken)
    {
        try
        {
            return (await metadata.GetSigningKeyAsync(keyId, cancellationToken).ConfigureAwait(false), null);
        }
        catch (OpenIdMetadataException ex)
        {
            LogKeysUnavailable(logger, ex);
            return (null, AuthenticationResult.Unauthorized("The channel's signing keys are unavailable."));
        }
    }

    private TokenValidationParameters Parameters(string appId, ChannelSigningKey key) => new()
    {
        ValidIssuer = AuthenticationConstants.ChannelTokenIssuer,
        ValidAudience = appId,
        IssuerSigningKey = key.Key,
        TryAllIssuerSigningKeys = false,
        ValidAlgorithms = [SecurityAlgorithms.RsaSha256],
        RequireSignedTokens = true,
        // Lifetime is checked by CheckLifetime against the injected TimeProvider (the handler would use the system clock).
        ValidateLifetime = false,
        RequireExpirationTime = true,
        ValidateIssuerSigningKey = false,
        SaveSigninToken = false,
    };

    private string? CheckLifetime(VerifiedToken token)
    {
        var now = timeProvider.GetUtcNow();
        if (now - AuthenticationConstants.ClockSkew >= token.Expires)
        {
            return "The token has expired.";
        }

        if (token.NotBefore is { } notBefore && now + AuthenticationConstants.ClockSkew < notBefore)
        {
            return "The token is not valid yet.";
        }

        return null;
    }

    public void Dispose() => _verified.Dispose();

    private static string Describe(Exception? exception) => exception switch
    {
        SecurityTokenInvalidAudienceException => "The token's audience is not this bot.",
        SecurityTokenInvalidIssuerException => "The token's issuer is not the Bot Framework.",
        SecurityTokenInvalidSignatureException or SecurityTokenSignatureKeyNotFoundException => "The token's signature is invalid.",
        SecurityTokenInvalidAlgorithmException => "The token's algorithm is not RS256.",
        _ => "The token is invalid.",
    };

    [LoggerMessage(Level = LogLevel.Warning, Message = "Inbound request refused with {StatusCode}: {Reason}")]
    private static partial void LogRefused(ILogger logger, int statusCode, string reason);

    [LoggerMessage(Level = LogLevel.Error, Message = "The channel's signing keys could not be fetched")]
    private static partial void LogKeysUnavailable(ILogger logger, Exception exception);
}

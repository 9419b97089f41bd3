using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Protocols;
using Microsoft.IdentityModel.Protocols.OpenIdConnect;
using Microsoft.IdentityModel.Tokens;

namespace SecurityBot.Integrations.Http;

/// <summary>
/// Validates an Entra ID access token for the alert API: RS256 only (checked before any key lookup, as the channel
/// token validator does), a signing key and issuer from the tenant's OpenID configuration (cached and refreshed by
/// Microsoft.IdentityModel's ConfigurationManager; an unknown key id forces one refresh, for key rollover), one of the
/// configured audiences, and a lifetime checked against the injected clock with 5 minutes' skew. Answers the calling
/// client app id (azp, or appid for v1 tokens), or null; why a token failed is logged at Debug only, by type.
/// </summary>
internal sealed partial class EntraTokenValidator
{
    public const string HttpClientName = "SecurityBot.Integrations.Entra";
    private static readonly TimeSpan ClockSkew = TimeSpan.FromMinutes(5);

    private readonly JsonWebTokenHandler _handler = new() { MapInboundClaims = false };
    private readonly AlertEntraOptions _options;
    private readonly TimeProvider _time;
    private readonly ILogger<EntraTokenValidator> _logger;
    private readonly ConfigurationManager<OpenIdConnectConfiguration>? _metadata;

    public EntraTokenValidator(IHttpClientFactory clients, IOptions<AlertOptions> options, TimeProvider time, ILogger<EntraTokenValidator> logger)
    {
        ArgumentNullException.ThrowIfNull(clients);
        ArgumentNullException.ThrowIfNull(options);
        _options = options.Value.Entra;
        _time = time;
        _logger = logger;
        if (_options.Metadata is { } address)
        {
            var retriever = new HttpDocumentRetriever(clients.CreateClient(HttpClientName)) { RequireHttps = true };
            _metadata = new ConfigurationManager<OpenIdConnectConfiguration>(address.AbsoluteUri, new OpenIdConnectConfigurationRetriever(), retriever);
        }
    }

    public async Task<string?> ValidateAsync(string token, CancellationToken cancellationToken)
    {
        if (_metadata is null || string.IsNullOrEmpty(token) || !_handler.CanReadToken(token))
        {
            return null;
        }

        JsonWebToken unverified;
        try
        {
            unverified = _handler.ReadJsonWebToken(token);
        }
        catch (ArgumentException)
        {
            return null;
        }

        if (unverified.Alg != SecurityAlgorithms.RsaSha256)
        {
            return null;
        }

        try
        {
            var result = await _handler.ValidateTokenAsync(token, Parameters(await _metadata.GetConfigurationAsync(cancellationToken)));
            if (!result.IsValid && result.Exception is SecurityTokenSignatureKeyNotFoundException)
            {
                _metadata.RequestRefresh();
                result = await _handler.ValidateTokenAsync(token, Parameters(await _metadata.GetConfigurationAsync(cancellationToken)));
            }

            if (!result.IsValid)
            {
                LogInvalid(_logger, result.Exception?.GetType().Name ?? "invalid");
                return null;
            }
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            LogMetadataUnavailable(_logger, ex);
            return null;
        }

        if (!IsCurrent(unverified))
        {
            LogInvalid(_logger, "lifetime");
            return null;
        }

        return unverified.TryGetPayloadValue<string>("azp", out var azp) && !string.IsNullOrEmpty(azp) ? azp
            : unverified.TryGetPayloadValue<string>("appid", out var appId) && !string.IsNullOrEmpty(appId) ? appId
            : null;
    }

    private bool IsCurrent(JsonWebToken token)
    {
        var now = _time.GetUtcNow().ToUnixTimeSeconds();
        var skew = (long)ClockSkew.TotalSeconds;
        if (!token.TryGetPayloadValue<long>(JwtRegisteredClaimNames.Exp, out var exp) || now > exp + skew)
        {
            return false;
        }

        return !token.TryGetPayloadValue<long>(JwtRegisteredClaimNames.Nbf, out var nbf) || now >= nbf - skew;
    }

    private TokenValidationParameters Parameters(OpenIdConnectConfiguration configuration)
    {
        var issuers = _options.ValidIssuers.Count > 0 ? [.. _options.ValidIssuers]
            : new List<string> { configuration.Issuer }.Concat(string.IsNullOrWhiteSpace(_options.TenantId) ? [] : [$"https://sts.windows.net/{_options.TenantId}/"]).ToList();
        return new TokenValidationParameters
        {
            ValidIssuers = issuers,
            ValidAudiences = [.. _options.Audiences],
            IssuerSigningKeys = configuration.SigningKeys,
            ValidAlgorithms = [SecurityAlgorithms.RsaSha256],
            RequireSignedTokens = true,
            // Lifetime is checked by IsCurrent against the injected TimeProvider (the handler would use the system clock).
            ValidateLifetime = false,
            RequireExpirationTime = true,
            SaveSigninToken = false,
        };
    }

    [LoggerMessage(Level = LogLevel.Debug, Message = "An alert's bearer token was refused ({Reason})")]
    private static partial void LogInvalid(ILogger logger, string reason);

    [LoggerMessage(Level = LogLevel.Warning, Message = "The Entra OpenID configuration for alert tokens could not be read; Entra alerts are refused until it can")]
    private static partial void LogMetadataUnavailable(ILogger logger, Exception exception);
}

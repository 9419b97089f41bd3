using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Options;

namespace SecurityBot.Integrations.Http;

/// <summary>
/// Which configured source sent a request, or null. A bearer token is an Entra source (the token's client app picks
/// it; X-SecurityBot-Source may narrow it); otherwise X-SecurityBot-Source names an HMAC source whose signature over
/// "{timestamp}.{body}" must hold, with a timestamp within the tolerance either way. The caller answers every null the
/// same way: which check failed is not the sender's to learn.
/// </summary>
internal sealed class AlertAuthenticator(IOptions<AlertOptions> options, EntraTokenValidator entra, TimeProvider time)
{
    public const string SourceHeader = "X-SecurityBot-Source";
    private const string BearerPrefix = "Bearer ";

    public async Task<AlertSource?> AuthenticateAsync(HttpRequest request, byte[] body, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var o = options.Value;
        var named = request.Headers[SourceHeader].ToString();
        var authorization = request.Headers.Authorization.ToString();
        if (authorization.StartsWith(BearerPrefix, StringComparison.OrdinalIgnoreCase))
        {
            var appId = await entra.ValidateAsync(authorization[BearerPrefix.Length..].Trim(), cancellationToken);
            if (appId is null)
            {
                return null;
            }

            var match = o.Sources
                .Where(s => s.Value.Auth == AlertAuthKind.Entra && s.Value.AllowedAppIds.Contains(appId, StringComparer.OrdinalIgnoreCase))
                .Where(s => named.Length == 0 || string.Equals(s.Key, named, StringComparison.OrdinalIgnoreCase))
                .OrderBy(s => s.Key, StringComparer.Ordinal)
                .FirstOrDefault();
            return match.Value is null ? null : new AlertSource(match.Key.ToLowerInvariant(), match.Value);
        }

        var source = o.Sources.FirstOrDefault(s => string.Equals(s.Key, named, StringComparison.OrdinalIgnoreCase));
        if (source.Value is not { Auth: AlertAuthKind.Hmac, Secret: { } secret })
        {
            return null;
        }

        var timestamp = request.Headers[WebhookSignature.TimestampHeader].ToString();
        if (!WebhookSignature.IsFresh(timestamp, time.GetUtcNow(), TimeSpan.FromSeconds(o.TimestampToleranceSeconds))
            || !WebhookSignature.Verify(secret, timestamp, body, request.Headers[WebhookSignature.SignatureHeader].ToString()))
        {
            return null;
        }

        return new AlertSource(source.Key.ToLowerInvariant(), source.Value);
    }
}

using System.Text;
using System.Text.Json;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace SecurityBot.Testing.Auth;

/// <summary>
/// Mints channel-to-bot tokens as the Bot Framework does, and the forgeries an attacker would try (alg none, HS256
/// keyed with the public modulus, tampered payloads). Times default to the given clock so tests stay deterministic.
/// </summary>
public sealed class ChannelTokenFactory(TimeProvider clock)
{
    public const string BotFrameworkIssuer = "https://api.botframework.com";

    private static readonly JsonWebTokenHandler Handler = new() { SetDefaultTimesOnTokenCreation = false };

    /// <summary>An RS256 token signed by <paramref name="key"/>; <paramref name="headerKeyId"/> overrides the kid header.</summary>
    public string Create(
        FakeSigningKey key,
        string audience,
        string? serviceUrl,
        string issuer = BotFrameworkIssuer,
        DateTimeOffset? notBefore = null,
        DateTimeOffset? expires = null,
        string? headerKeyId = null)
    {
        ArgumentNullException.ThrowIfNull(key);
        var descriptor = Descriptor(audience, serviceUrl, issuer, notBefore, expires);
        descriptor.SigningCredentials = new SigningCredentials(key.SigningKey(headerKeyId), SecurityAlgorithms.RsaSha256);
        return Handler.CreateToken(descriptor);
    }

    /// <summary>The classic "alg": "none" forgery: valid claims, no signature.</summary>
    public string CreateUnsigned(string keyId, string audience, string serviceUrl)
    {
        var header = Encode(new Dictionary<string, object> { ["alg"] = "none", ["typ"] = "JWT", ["kid"] = keyId });
        return $"{header}.{EncodePayload(audience, serviceUrl)}.";
    }

    /// <summary>The algorithm-confusion forgery: HS256 keyed with the published RSA modulus, kid of a real key.</summary>
    public string CreateHmacWithPublicKey(FakeSigningKey key, string audience, string serviceUrl)
    {
        ArgumentNullException.ThrowIfNull(key);
        var descriptor = Descriptor(audience, serviceUrl, BotFrameworkIssuer, null, null);
        descriptor.SigningCredentials = new SigningCredentials(new SymmetricSecurityKey(key.PublicModulus) { KeyId = key.KeyId }, SecurityAlgorithms.HmacSha256);
        return Handler.CreateToken(descriptor);
    }

    /// <summary>Replaces the payload of a signed token (here: the audience) and keeps the original signature.</summary>
    public string Tamper(string token, string newAudience, string serviceUrl)
    {
        ArgumentNullException.ThrowIfNull(token);
        var parts = token.Split('.');
        return $"{parts[0]}.{EncodePayload(newAudience, serviceUrl)}.{parts[2]}";
    }

    private SecurityTokenDescriptor Descriptor(string audience, string? serviceUrl, string issuer, DateTimeOffset? notBefore, DateTimeOffset? expires)
    {
        var now = clock.GetUtcNow();
        var claims = new Dictionary<string, object>();
        if (serviceUrl is not null)
        {
            claims["serviceurl"] = serviceUrl;
        }

        var exp = expires ?? now.AddHours(1);
        // Defaults keep nbf before exp, so an already-expired token can be minted by passing only expires.
        var nbf = notBefore ?? (exp.AddHours(-1) < now.AddMinutes(-1) ? exp.AddHours(-1) : now.AddMinutes(-1));
        return new SecurityTokenDescriptor
        {
            Issuer = issuer,
            Audience = audience,
            NotBefore = nbf.UtcDateTime,
            IssuedAt = (nbf < now ? nbf : now).UtcDateTime,
            Expires = exp.UtcDateTime,
            Claims = claims,
        };
    }

    private string EncodePayload(string audience, string serviceUrl)
    {
        var now = clock.GetUtcNow();
        return Encode(new Dictionary<string, object>
        {
            ["iss"] = BotFrameworkIssuer,
            ["aud"] = audience,
            ["serviceurl"] = serviceUrl,
            ["nbf"] = now.AddMinutes(-1).ToUnixTimeSeconds(),
            ["exp"] = now.AddHours(1).ToUnixTimeSeconds(),
        });
    }

    private static string Encode(Dictionary<string, object> json) =>
        Base64UrlEncoder.Encode(Encoding.UTF8.GetBytes(JsonSerializer.Serialize(json)));
}

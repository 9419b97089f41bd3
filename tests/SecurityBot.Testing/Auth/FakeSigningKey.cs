using System.Security.Cryptography;
using Microsoft.IdentityModel.Tokens;

namespace SecurityBot.Testing.Auth;

/// <summary>An RSA key of the fake channel token issuer, with the channels its JWKS entry endorses.</summary>
public sealed class FakeSigningKey : IDisposable
{
    private readonly RSA _rsa;

    public FakeSigningKey(string keyId, IReadOnlyList<string> endorsements)
    {
        KeyId = keyId;
        Endorsements = endorsements;
        _rsa = RSA.Create(2048);
    }

    public string KeyId { get; }

    public IReadOnlyList<string> Endorsements { get; }

    /// <summary>The private key, its header kid set to <paramref name="headerKeyId"/> (default: <see cref="KeyId"/>).</summary>
    public RsaSecurityKey SigningKey(string? headerKeyId = null) => new(_rsa) { KeyId = headerKeyId ?? KeyId };

    /// <summary>The public modulus: an attacker knows it, which is what HS256-with-the-public-key forgeries use.</summary>
    public byte[] PublicModulus => _rsa.ExportParameters(false).Modulus!;

    /// <summary>The JWKS entry the issuer publishes.</summary>
    public Dictionary<string, object> ToJwk()
    {
        var parameters = _rsa.ExportParameters(false);
        return new Dictionary<string, object>
        {
            ["kty"] = "RSA",
            ["use"] = "sig",
            ["kid"] = KeyId,
            ["n"] = Base64UrlEncoder.Encode(parameters.Modulus),
            ["e"] = Base64UrlEncoder.Encode(parameters.Exponent),
            ["endorsements"] = Endorsements,
        };
    }

    public void Dispose() => _rsa.Dispose();
}

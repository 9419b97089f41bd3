using System.Buffers.Text;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Microsoft.Extensions.Options;

namespace SecurityBot.Metrics.Charts;

/// <summary>
/// Link tokens: "{id}.{expiry}.{signature}" — 16 random bytes, the expiry in Unix seconds, and an HMAC-SHA256 of
/// both. The random id makes a token unguessable; the signature stops anyone stretching the expiry.
/// </summary>
internal sealed class LinkSigner
{
    private readonly byte[] _key;
    private readonly TimeProvider _time;

    public LinkSigner(IOptions<MetricsLinkOptions> options, TimeProvider time)
    {
        ArgumentNullException.ThrowIfNull(options);
        var configured = options.Value.SigningKey;
        _key = string.IsNullOrWhiteSpace(configured) ? RandomNumberGenerator.GetBytes(32) : Convert.FromBase64String(configured);
        if (_key.Length < 32)
        {
            throw new InvalidOperationException("Metrics:Links:SigningKey must be at least 32 bytes (base64).");
        }

        _time = time;
    }

    public string Create(DateTimeOffset expires)
    {
        var id = Base64Url.EncodeToString(RandomNumberGenerator.GetBytes(16));
        var payload = id + "." + expires.ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture);
        return payload + "." + Sign(payload);
    }

    /// <summary>The token's id when it is ours, untouched and not yet expired; null otherwise.</summary>
    public string? Validate(string? token)
    {
        var parts = (token ?? string.Empty).Split('.');
        if (parts.Length != 3 || !long.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out var expiry))
        {
            return null;
        }

        var expected = Encoding.ASCII.GetBytes(Sign(parts[0] + "." + parts[1]));
        if (!CryptographicOperations.FixedTimeEquals(expected, Encoding.ASCII.GetBytes(parts[2])))
        {
            return null;
        }

        return _time.GetUtcNow().ToUnixTimeSeconds() < expiry ? parts[0] : null;
    }

    private string Sign(string payload) => Base64Url.EncodeToString(HMACSHA256.HashData(_key, Encoding.UTF8.GetBytes(payload)));
}

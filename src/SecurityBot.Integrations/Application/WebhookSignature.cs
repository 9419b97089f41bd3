using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace SecurityBot.Integrations.Application;

/// <summary>
/// The one signature scheme of the bridge, both ways: HMAC-SHA256 with the shared secret over
/// "{timestamp}.{body}" (timestamp: Unix seconds as sent in X-SecurityBot-Timestamp; body: the exact bytes), written
/// "v1=&lt;lower-case hex&gt;". Binding the timestamp stops a captured request from being replayed later; comparing in
/// constant time stops the signature from being guessed byte by byte.
/// </summary>
internal static class WebhookSignature
{
    public const string TimestampHeader = "X-SecurityBot-Timestamp";
    public const string SignatureHeader = "X-SecurityBot-Signature";
    public const string EventHeader = "X-SecurityBot-Event";
    public const string DeliveryHeader = "X-SecurityBot-Delivery";
    public const string Scheme = "v1";

    /// <summary>The Unix-seconds timestamp of <paramref name="at"/> as it is sent.</summary>
    public static string Timestamp(DateTimeOffset at) => at.ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture);

    /// <summary>"v1=&lt;hex&gt;" for <paramref name="body"/> sent at <paramref name="timestamp"/>.</summary>
    public static string Sign(string secret, string timestamp, ReadOnlySpan<byte> body) =>
        $"{Scheme}={Convert.ToHexStringLower(Mac(secret, timestamp, body))}";

    /// <summary>
    /// Whether <paramref name="signatureHeader"/> holds a v1 signature of <paramref name="body"/> at
    /// <paramref name="timestamp"/> (several comma-separated values are allowed, for secret rotation). The caller checks
    /// the timestamp's age.
    /// </summary>
    public static bool Verify(string secret, string timestamp, ReadOnlySpan<byte> body, string? signatureHeader)
    {
        if (string.IsNullOrEmpty(signatureHeader) || string.IsNullOrEmpty(secret))
        {
            return false;
        }

        var expected = Mac(secret, timestamp, body);
        var matched = false;
        foreach (var part in signatureHeader.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
        {
            var value = part.StartsWith(Scheme + "=", StringComparison.Ordinal) ? part[(Scheme.Length + 1)..] : null;
            if (value is { Length: 64 } && TryHex(value, out var given))
            {
                // Every candidate is compared, in constant time: the answer's timing says nothing about which was close.
                matched |= CryptographicOperations.FixedTimeEquals(expected, given);
            }
        }

        return matched;
    }

    /// <summary>Whether <paramref name="timestamp"/> is Unix seconds within <paramref name="tolerance"/> of <paramref name="now"/>, either way.</summary>
    public static bool IsFresh(string? timestamp, DateTimeOffset now, TimeSpan tolerance) =>
        long.TryParse(timestamp, NumberStyles.None, CultureInfo.InvariantCulture, out var seconds)
        && seconds < DateTimeOffset.MaxValue.ToUnixTimeSeconds()
        && Math.Abs(now.ToUnixTimeSeconds() - seconds) <= tolerance.TotalSeconds;

    private static byte[] Mac(string secret, string timestamp, ReadOnlySpan<byte> body)
    {
        var prefix = Encoding.UTF8.GetBytes(timestamp + ".");
        var signed = new byte[prefix.Length + body.Length];
        prefix.CopyTo(signed, 0);
        body.CopyTo(signed.AsSpan(prefix.Length));
        return HMACSHA256.HashData(Encoding.UTF8.GetBytes(secret), signed);
    }

    private static bool TryHex(string value, out byte[] bytes)
    {
        try
        {
            bytes = Convert.FromHexString(value);
            return true;
        }
        catch (FormatException)
        {
            bytes = [];
            return false;
        }
    }
}

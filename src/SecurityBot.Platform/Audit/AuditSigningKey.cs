namespace SecurityBot.Platform.Audit;

/// <summary>
/// A secret HMAC key the audit log signs with, and the id stored with every entry and checkpoint it signed, so keys
/// can rotate: entries keep their key id, and verification looks the key up by it.
/// </summary>
public sealed class AuditSigningKey
{
    /// <summary>Shortest key accepted: 256 bits, the HMAC-SHA256 block of security.</summary>
    public const int MinimumBytes = 32;

    public const int MaxIdLength = 64;

    private readonly byte[] _secret;

    public AuditSigningKey(string id, ReadOnlySpan<byte> secret)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(id);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(id.Length, MaxIdLength, nameof(id));
        if (string.Equals(id, AuditHasher.LegacyKeyId, StringComparison.Ordinal))
        {
            throw new ArgumentException($"'{AuditHasher.LegacyKeyId}' marks unkeyed entries written before keys existed; it cannot name a key.", nameof(id));
        }

        ArgumentOutOfRangeException.ThrowIfLessThan(secret.Length, MinimumBytes, nameof(secret));
        Id = id;
        _secret = secret.ToArray();
    }

    public string Id { get; }

    internal ReadOnlySpan<byte> Secret => _secret;

    // Never print the secret (logs, exception messages, debugger displays).
    public override string ToString() => $"audit key {Id}";
}

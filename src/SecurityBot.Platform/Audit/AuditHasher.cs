using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace SecurityBot.Platform.Audit;

/// <summary>
/// The hash of an audit entry: HMAC-SHA256, under a secret key, over a canonical text of every field (each
/// length-prefixed, so no two different entries can produce the same text), the key's id and the previous entry's
/// hash. Without the key nobody can compute a valid hash, so an edited row cannot be re-hashed into a valid chain by
/// someone who can write to the database but cannot read the key. Entries written before keys existed carry
/// <see cref="LegacyKeyId"/> and the old unkeyed SHA-256 (see <see cref="ComputeLegacy"/>).
/// </summary>
public static class AuditHasher
{
    /// <summary>The "previous hash" of the first entry.</summary>
    public static readonly string Genesis = new('0', 64);

    /// <summary>Key id of entries written by the unkeyed SHA-256 chain, before migration 20261204130000.</summary>
    public const string LegacyKeyId = "legacy-sha256";

    public static string Compute(AuditEntry entry, string previousHash, AuditSigningKey key)
    {
        ArgumentNullException.ThrowIfNull(entry);
        ArgumentNullException.ThrowIfNull(key);
        var text = Canonical(entry) + Field("key", key.Id) + Field("prev", previousHash);
        return Convert.ToHexStringLower(HMACSHA256.HashData(key.Secret, Encoding.UTF8.GetBytes(text)));
    }

    /// <summary>The old unkeyed hash; anyone can compute it, so it is only trusted for the legacy prefix (see the verifier).</summary>
    public static string ComputeLegacy(AuditEntry entry, string previousHash)
    {
        ArgumentNullException.ThrowIfNull(entry);
        var text = Canonical(entry) + Field("prev", previousHash);
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)));
    }

    /// <summary>The signature of a checkpoint: HMAC over "the log ended at entry n with hash h, at time t".</summary>
    public static string Sign(long sequence, string hash, DateTimeOffset at, AuditSigningKey key)
    {
        ArgumentNullException.ThrowIfNull(key);
        var text = Field("checkpoint", sequence.ToString(CultureInfo.InvariantCulture))
            + Field("hash", hash)
            + Field("at", Format(at))
            + Field("key", key.Id);
        return Convert.ToHexStringLower(HMACSHA256.HashData(key.Secret, Encoding.UTF8.GetBytes(text)));
    }

    /// <summary>Constant-time comparison of two hex hashes (no timing hint about how much of a forgery matched).</summary>
    public static bool SameHash(string? a, string? b) =>
        a is not null && b is not null
        && CryptographicOperations.FixedTimeEquals(Encoding.ASCII.GetBytes(a), Encoding.ASCII.GetBytes(b));

    /// <summary>UTC, truncated to the millisecond: the precision every engine stores exactly.</summary>
    public static DateTimeOffset Normalize(DateTimeOffset at)
    {
        var utc = at.ToUniversalTime();
        return new DateTimeOffset(utc.Ticks - (utc.Ticks % TimeSpan.TicksPerMillisecond), TimeSpan.Zero);
    }

    /// <summary>The canonical text of the entry's content (without the hashes and the key id).</summary>
    public static string Canonical(AuditEntry entry)
    {
        ArgumentNullException.ThrowIfNull(entry);
        return Field("seq", entry.Sequence.ToString(CultureInfo.InvariantCulture))
            + Field("at", Format(entry.At))
            + Field("type", entry.EntityType)
            + Field("id", entry.EntityId)
            + Field("action", entry.Action)
            + Field("actorId", entry.ActorId)
            + Field("actorName", entry.ActorName)
            + Field("details", entry.Details);
    }

    private static string Format(DateTimeOffset at) =>
        Normalize(at).ToString("yyyy-MM-dd'T'HH:mm:ss.fff'Z'", CultureInfo.InvariantCulture);

    // "name:length:value\n"; null is "-1" so it differs from the empty string.
    private static string Field(string name, string? value) =>
        value is null
            ? $"{name}:-1:\n"
            : string.Create(CultureInfo.InvariantCulture, $"{name}:{value.Length}:{value}\n");
}

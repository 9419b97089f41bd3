using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace SecurityBot.Core.Audit;

/// <summary>
/// The hash of an audit entry: SHA-256 over a canonical text of every field (each length-prefixed, so no two
/// different entries can produce the same text) followed by the previous entry's hash.
/// </summary>
public static class AuditHasher
{
    /// <summary>The "previous hash" of the first entry.</summary>
    public static readonly string Genesis = new('0', 64);

    public static string Compute(AuditEntry entry, string previousHash)
    {
        ArgumentNullException.ThrowIfNull(entry);
        var text = Canonical(entry) + Field("prev", previousHash);
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)));
    }

    /// <summary>UTC, truncated to the millisecond: the precision every engine stores exactly.</summary>
    public static DateTimeOffset Normalize(DateTimeOffset at)
    {
        var utc = at.ToUniversalTime();
        return new DateTimeOffset(utc.Ticks - (utc.Ticks % TimeSpan.TicksPerMillisecond), TimeSpan.Zero);
    }

    /// <summary>The canonical text of the entry's content (without the hashes).</summary>
    public static string Canonical(AuditEntry entry)
    {
        ArgumentNullException.ThrowIfNull(entry);
        return Field("seq", entry.Sequence.ToString(CultureInfo.InvariantCulture))
            + Field("at", Normalize(entry.At).ToString("yyyy-MM-dd'T'HH:mm:ss.fff'Z'", CultureInfo.InvariantCulture))
            + Field("type", entry.EntityType)
            + Field("id", entry.EntityId)
            + Field("action", entry.Action)
            + Field("actorId", entry.ActorId)
            + Field("actorName", entry.ActorName)
            + Field("details", entry.Details);
    }

    // "name:length:value\n"; null is "-1" so it differs from the empty string.
    private static string Field(string name, string? value) =>
        value is null
            ? $"{name}:-1:\n"
            : string.Create(CultureInfo.InvariantCulture, $"{name}:{value.Length}:{value}\n");
}

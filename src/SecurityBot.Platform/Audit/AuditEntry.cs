namespace SecurityBot.Platform.Audit;

/// <summary>
/// One append-only line of the audit log. <see cref="Hash"/> is an HMAC, under the key named by <see cref="KeyId"/>,
/// of the entry's canonical content and the previous entry's hash, so editing, inserting or deleting any entry breaks
/// every link after it, and only the key's holder can forge new links (see <see cref="AuditChainVerifier"/>).
/// </summary>
public sealed class AuditEntry
{
    public const int MaxDetailsLength = 8000;

    private AuditEntry()
    {
        EntityType = EntityId = Action = PreviousHash = Hash = KeyId = string.Empty;
    }

    /// <summary>Creates entry number <paramref name="sequence"/> chained to <paramref name="previousHash"/>, signed with <paramref name="key"/>.</summary>
    public AuditEntry(long sequence, AuditRecord record, DateTimeOffset at, string previousHash, AuditSigningKey key)
    {
        ArgumentNullException.ThrowIfNull(key);
        ArgumentOutOfRangeException.ThrowIfLessThan(sequence, 1);
        ArgumentNullException.ThrowIfNull(record);
        ArgumentException.ThrowIfNullOrWhiteSpace(record.EntityType);
        ArgumentException.ThrowIfNullOrWhiteSpace(record.EntityId);
        ArgumentException.ThrowIfNullOrWhiteSpace(record.Action);
        ArgumentNullException.ThrowIfNull(previousHash);
        Sequence = sequence;
        // Stored to the millisecond so the instant reads back identical on every engine (PostgreSQL keeps microseconds).
        At = AuditHasher.Normalize(at);
        EntityType = record.EntityType;
        EntityId = record.EntityId;
        Action = record.Action;
        ActorId = record.ActorId;
        ActorName = record.ActorName;
        Details = record.Details is { Length: > MaxDetailsLength } d ? d[..MaxDetailsLength] : record.Details;
        PreviousHash = previousHash;
        KeyId = key.Id;
        Hash = AuditHasher.Compute(this, previousHash, key);
    }

    /// <summary>1, 2, 3… without gaps; unique, so two writers cannot both append entry n.</summary>
    public long Sequence { get; private set; }

    public DateTimeOffset At { get; private set; }

    public string EntityType { get; private set; }

    public string EntityId { get; private set; }

    public string Action { get; private set; }

    public string? ActorId { get; private set; }

    public string? ActorName { get; private set; }

    public string? Details { get; private set; }

    /// <summary>Hash of the previous entry (<see cref="AuditHasher.Genesis"/> for the first).</summary>
    public string PreviousHash { get; private set; }

    /// <summary>HMAC-SHA256 (lower-case hex) of the canonical content, the key id and <see cref="PreviousHash"/>.</summary>
    public string Hash { get; private set; }

    /// <summary>Which configured key signed it; <see cref="AuditHasher.LegacyKeyId"/> for the unkeyed entries of before.</summary>
    public string KeyId { get; private set; }
}

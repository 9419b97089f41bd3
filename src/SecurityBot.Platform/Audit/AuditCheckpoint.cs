namespace SecurityBot.Platform.Audit;

/// <summary>
/// A signed statement "at <see cref="At"/> the audit log ended at entry <see cref="Sequence"/> with hash
/// <see cref="Hash"/>". The chain alone cannot tell a log whose last entries were deleted from a shorter log;
/// verification compares the chain's tail with the latest checkpoint, so deleting the tail is detected.
/// </summary>
public sealed class AuditCheckpoint
{
    private AuditCheckpoint()
    {
        Hash = KeyId = Signature = string.Empty;
    }

    public AuditCheckpoint(long sequence, string hash, DateTimeOffset at, AuditSigningKey key)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(sequence);
        ArgumentException.ThrowIfNullOrWhiteSpace(hash);
        ArgumentNullException.ThrowIfNull(key);
        Id = Guid.NewGuid();
        Sequence = sequence;
        Hash = hash;
        At = AuditHasher.Normalize(at);
        KeyId = key.Id;
        Signature = AuditHasher.Sign(Sequence, Hash, At, key);
    }

    public Guid Id { get; private set; }

    /// <summary>The last entry's sequence (0 for an empty log).</summary>
    public long Sequence { get; private set; }

    /// <summary>The last entry's hash (<see cref="AuditHasher.Genesis"/> for an empty log).</summary>
    public string Hash { get; private set; }

    public DateTimeOffset At { get; private set; }

    public string KeyId { get; private set; }

    /// <summary>HMAC-SHA256 of sequence, hash, time and key id (see <see cref="AuditHasher.Sign"/>).</summary>
    public string Signature { get; private set; }

    /// <summary>True when the signature is the keyring's own: the row was written by this system, not by hand.</summary>
    public bool IsSignedBy(AuditKeyRing keys)
    {
        ArgumentNullException.ThrowIfNull(keys);
        return keys.TryFind(KeyId, out var key) && AuditHasher.SameHash(AuditHasher.Sign(Sequence, Hash, At, key), Signature);
    }
}

namespace SecurityBot.Platform.Audit;

/// <summary>
/// Checks audit entries one at a time, in sequence order, from a known point of the chain (the genesis, or a signed
/// checkpoint): position, link to the previous entry, and the entry's own hash under the key it names. Holds only
/// the last hash, so a log of any length is checked in constant memory.
/// </summary>
public sealed class AuditChainCursor
{
    private readonly AuditKeyRing _keys;
    private readonly long _legacyThrough;
    private bool _keyedSeen;

    /// <param name="keys">The configured keys, looked up by each entry's key id.</param>
    /// <param name="afterSequence">The entry the walk starts after (0: the beginning).</param>
    /// <param name="previousHash">That entry's hash (<see cref="AuditHasher.Genesis"/> at the beginning).</param>
    /// <param name="legacyThrough">
    /// The last sequence an unkeyed legacy entry may have: entries up to the first signed checkpoint were written
    /// before keys existed; anyone can compute an unkeyed hash, so a legacy entry anywhere else is a forgery.
    /// </param>
    public AuditChainCursor(AuditKeyRing keys, long afterSequence, string previousHash, long legacyThrough)
    {
        ArgumentNullException.ThrowIfNull(keys);
        ArgumentNullException.ThrowIfNull(previousHash);
        _keys = keys;
        _legacyThrough = legacyThrough;
        LastSequence = afterSequence;
        LastHash = previousHash;
    }

    public long EntriesChecked { get; private set; }

    /// <summary>Sequence of the last entry that passed.</summary>
    public long LastSequence { get; private set; }

    /// <summary>Hash of the last entry that passed.</summary>
    public string LastHash { get; private set; }

    /// <summary>Null when <paramref name="entry"/> is in place and unmodified; otherwise why not.</summary>
    public string? Check(AuditEntry entry)
    {
        ArgumentNullException.ThrowIfNull(entry);
        EntriesChecked++;
        var expected = LastSequence + 1;
        if (entry.Sequence != expected)
        {
            return entry.Sequence > expected
                ? $"Entry {expected} is missing (the next entry is {entry.Sequence})."
                : $"Entry {entry.Sequence} is out of order (expected {expected}).";
        }

        if (!AuditHasher.SameHash(entry.PreviousHash, LastHash))
        {
            return $"Entry {entry.Sequence} does not link to the entry before it: an entry was changed, removed or inserted.";
        }

        if (SignatureRefusal(entry) is { } refusal)
        {
            return refusal;
        }

        LastSequence = entry.Sequence;
        LastHash = entry.Hash;
        return null;
    }

    private string? SignatureRefusal(AuditEntry entry)
    {
        string expected;
        if (string.Equals(entry.KeyId, AuditHasher.LegacyKeyId, StringComparison.Ordinal))
        {
            if (_keyedSeen || entry.Sequence > _legacyThrough)
            {
                return $"Entry {entry.Sequence} claims the unkeyed format of before the upgrade, but it comes after keyed entries or after the checkpoint that closed the legacy part: it was written or rewritten outside the bot.";
            }

            expected = AuditHasher.ComputeLegacy(entry, entry.PreviousHash);
        }
        else if (_keys.TryFind(entry.KeyId, out var key))
        {
            _keyedSeen = true;
            expected = AuditHasher.Compute(entry, entry.PreviousHash, key);
        }
        else
        {
            return $"Entry {entry.Sequence} names audit key '{Truncate(entry.KeyId)}', which is not configured (Audit:KeyId or Audit:RetiredKeys); it cannot be checked.";
        }

        return AuditHasher.SameHash(expected, entry.Hash)
            ? null
            : $"Entry {entry.Sequence} was modified after it was written (its content no longer matches its signature).";
    }

    // A key id read from the database is data: bounded before it goes into a report.
    private static string Truncate(string value) => value.Length <= 40 ? value : value[..40] + "…";
}

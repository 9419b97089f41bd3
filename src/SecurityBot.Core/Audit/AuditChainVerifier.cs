namespace SecurityBot.Core.Audit;

/// <summary>
/// Walks the audit log in sequence order and reports the first entry whose content, link or position is wrong.
/// Detects edited entries (hash mismatch), deleted or inserted entries (sequence gap, broken link) and re-hashed
/// edits (the next entry's link no longer matches). A log truncated at its end cannot be told from a shorter
/// log by the chain alone; the entry count is reported so it can be compared with a copy kept elsewhere.
/// </summary>
public static class AuditChainVerifier
{
    public static AuditVerification Verify(IEnumerable<AuditEntry> entriesInOrder)
    {
        ArgumentNullException.ThrowIfNull(entriesInOrder);
        var expectedSequence = 1L;
        var previousHash = AuditHasher.Genesis;
        var checkedCount = 0L;
        foreach (var entry in entriesInOrder)
        {
            checkedCount++;
            if (entry.Sequence != expectedSequence)
            {
                return new(checkedCount, entry.Sequence,
                    entry.Sequence > expectedSequence
                        ? $"Entry {expectedSequence} is missing (the next entry is {entry.Sequence})."
                        : $"Entry {entry.Sequence} is out of order (expected {expectedSequence}).");
            }

            if (!string.Equals(entry.PreviousHash, previousHash, StringComparison.Ordinal))
            {
                return new(checkedCount, entry.Sequence, $"Entry {entry.Sequence} does not link to the entry before it: an entry was changed, removed or inserted.");
            }

            if (!string.Equals(AuditHasher.Compute(entry, entry.PreviousHash), entry.Hash, StringComparison.Ordinal))
            {
                return new(checkedCount, entry.Sequence, $"Entry {entry.Sequence} was modified after it was written (its content no longer matches its hash).");
            }

            previousHash = entry.Hash;
            expectedSequence++;
        }

        return new(checkedCount, null, null);
    }
}

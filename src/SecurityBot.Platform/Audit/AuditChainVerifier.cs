using System.Globalization;

namespace SecurityBot.Platform.Audit;

/// <summary>
/// Walks the audit log in sequence order and reports the first entry whose content, link, position or signature is
/// wrong, then compares the chain's tail with the latest signed checkpoint. Detects edited entries (signature
/// mismatch — re-hashing does not help without the key), deleted or inserted entries (sequence gap, broken link)
/// and a deleted tail (the log ends before the entry the checkpoint recorded). Streams: one entry in memory at a time.
/// </summary>
public static class AuditChainVerifier
{
    public static AuditVerification Verify(IEnumerable<AuditEntry> entriesInOrder, AuditKeyRing keys, AuditCheckpoint? latestCheckpoint)
    {
        ArgumentNullException.ThrowIfNull(entriesInOrder);
        var walk = new Walk(keys, latestCheckpoint);
        foreach (var entry in entriesInOrder)
        {
            if (walk.Step(entry) is { } broken)
            {
                return broken;
            }
        }

        return walk.Finish();
    }

    public static async Task<AuditVerification> VerifyAsync(IAsyncEnumerable<AuditEntry> entriesInOrder, AuditKeyRing keys, AuditCheckpoint? latestCheckpoint,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(entriesInOrder);
        var walk = new Walk(keys, latestCheckpoint);
        await foreach (var entry in entriesInOrder.WithCancellation(cancellationToken))
        {
            if (walk.Step(entry) is { } broken)
            {
                return broken;
            }
        }

        return walk.Finish();
    }

    private sealed class Walk(AuditKeyRing keys, AuditCheckpoint? checkpoint)
    {
        // Legacy (unkeyed) entries are trusted only up to the checkpoint that closed them; see AuditChainCursor.
        private readonly AuditChainCursor _cursor = new(keys, 0, AuditHasher.Genesis, checkpoint?.Sequence ?? 0);

        public AuditVerification? Step(AuditEntry entry)
        {
            if (_cursor.Check(entry) is { } reason)
            {
                return Broken(entry.Sequence, reason);
            }

            if (checkpoint is not null && entry.Sequence == checkpoint.Sequence && !AuditHasher.SameHash(entry.Hash, checkpoint.Hash))
            {
                return Broken(entry.Sequence, $"Entry {entry.Sequence} is not the entry the checkpoint of {Time(checkpoint)} signed: the log was rewritten up to it.");
            }

            return null;
        }

        public AuditVerification Finish()
        {
            if (checkpoint is null)
            {
                return _cursor.EntriesChecked == 0
                    ? Broken(null, null)
                    : Broken(null, "There is no signed checkpoint, so a deleted tail cannot be ruled out: the bot writes one at start, every Audit:CheckpointInterval and at shutdown, so the checkpoints were removed.");
            }

            if (!checkpoint.IsSignedBy(keys))
            {
                return Broken(null, $"The latest checkpoint ({Time(checkpoint)}) does not carry a valid signature of a configured key: it was written or edited outside the bot.");
            }

            if (_cursor.LastSequence < checkpoint.Sequence)
            {
                return Broken(_cursor.LastSequence + 1, string.Create(CultureInfo.InvariantCulture,
                    $"The log ends at entry {_cursor.LastSequence}, but the checkpoint signed at {Time(checkpoint)} recorded entry {checkpoint.Sequence}: entries {_cursor.LastSequence + 1} to {checkpoint.Sequence} were deleted."));
            }

            return Broken(null, null);
        }

        private AuditVerification Broken(long? sequence, string? reason) =>
            new(_cursor.EntriesChecked, sequence, reason, checkpoint?.Sequence, checkpoint?.At);

        private static string Time(AuditCheckpoint c) => c.At.UtcDateTime.ToString("yyyy-MM-dd HH:mm:ss 'UTC'", CultureInfo.InvariantCulture);
    }
}

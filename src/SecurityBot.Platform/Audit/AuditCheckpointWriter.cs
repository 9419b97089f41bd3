using Microsoft.Extensions.Logging;
using SecurityBot.Platform.Persistence;

namespace SecurityBot.Platform.Audit;

/// <summary>
/// Signs the chain's current tail into a checkpoint. It never signs what it has not checked: the entries after the
/// previous checkpoint (all of them, the first time) must verify, and the entry that checkpoint signed must still be
/// there unchanged — so a tail deleted between two checkpoints is not blessed by the next one.
/// </summary>
internal sealed partial class AuditCheckpointWriter(
    SecurityBotDbContext db,
    AuditLogReader reader,
    AuditKeyRing keys,
    TimeProvider time,
    ILogger<AuditCheckpointWriter> logger)
{
    /// <summary>The new checkpoint; the previous one when nothing was appended since; null when the chain fails (logged).</summary>
    public async Task<AuditCheckpoint?> WriteAsync(CancellationToken cancellationToken)
    {
        var previous = await reader.LatestCheckpointAsync(cancellationToken);
        AuditChainCursor cursor;
        if (previous is null)
        {
            // The first checkpoint also closes the unkeyed legacy part of a log from before keys existed.
            cursor = new AuditChainCursor(keys, 0, AuditHasher.Genesis, long.MaxValue);
        }
        else
        {
            if (await RefuseAsync(previous, cancellationToken) is { } refusal)
            {
                return Refused(previous.Sequence, refusal);
            }

            cursor = new AuditChainCursor(keys, previous.Sequence, previous.Hash, previous.Sequence);
        }

        await foreach (var entry in reader.ReadAfterAsync(cursor.LastSequence, cancellationToken))
        {
            if (cursor.Check(entry) is { } reason)
            {
                return Refused(entry.Sequence, reason);
            }
        }

        if (previous is not null && previous.Sequence == cursor.LastSequence)
        {
            return previous;
        }

        var checkpoint = new AuditCheckpoint(cursor.LastSequence, cursor.LastHash, time.GetUtcNow(), keys.Current);
        db.Add(checkpoint);
        await db.SaveChangesAsync(cancellationToken);
        // A copy outside the database: an auditor can compare it with the table (a DB writer could delete both tail and checkpoints).
        LogWritten(logger, checkpoint.Sequence, checkpoint.Hash, checkpoint.KeyId, checkpoint.At);
        return checkpoint;
    }

    private async Task<string?> RefuseAsync(AuditCheckpoint previous, CancellationToken cancellationToken)
    {
        if (!previous.IsSignedBy(keys))
        {
            return "the latest checkpoint's signature is not valid under a configured key";
        }

        if (previous.Sequence == 0)
        {
            return null;
        }

        var anchor = await reader.FindAsync(previous.Sequence, cancellationToken);
        return anchor is not null && AuditHasher.SameHash(anchor.Hash, previous.Hash)
            ? null
            : $"entry {previous.Sequence}, which the latest checkpoint signed, is missing or changed";
    }

    private AuditCheckpoint? Refused(long sequence, string reason)
    {
        LogRefused(logger, sequence);
        LogRefusedReason(logger, reason);
        return null;
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Audit checkpoint: entry {Sequence}, hash {Hash}, key {KeyId}, at {At:O}")]
    private static partial void LogWritten(ILogger logger, long sequence, string hash, string keyId, DateTimeOffset at);

    [LoggerMessage(Level = LogLevel.Error, Message = "Audit checkpoint NOT written: the audit chain fails at entry {Sequence}. Run `risk verify` and investigate who changed the database")]
    private static partial void LogRefused(ILogger logger, long sequence);

    // The reason may quote values read from the database; details at Debug only.
    [LoggerMessage(Level = LogLevel.Debug, Message = "Audit checkpoint refusal: {Reason}")]
    private static partial void LogRefusedReason(ILogger logger, string reason);
}

using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using SecurityBot.Platform.Persistence;

namespace SecurityBot.Platform.Audit;

/// <summary>
/// The audit log in the scoped <see cref="SecurityBotDbContext"/>: entries are added to the caller's unit of work,
/// signed with the current key of the <see cref="AuditKeyRing"/>. Within a process, units of work append one after
/// the other (<see cref="AuditAppendGate"/>); across instances they race for the next sequence number (the primary
/// key), the loser's SaveChanges fails with a unique violation and the caller retries its whole operation (see
/// <see cref="PlatformUniqueKeys.AuditSequence"/>). Disposing (the end of the scope) gives up a gate not yet released
/// by a commit.
/// </summary>
internal sealed partial class EfAuditLog(
    SecurityBotDbContext db,
    AuditLogReader reader,
    AuditKeyRing keys,
    AuditAppendGate gate,
    TimeProvider time,
    ILogger<EfAuditLog> logger) : IAuditLog, IDisposable
{
    public async Task<AuditEntry> AppendAsync(AuditRecord record, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(record);
        if (!await gate.EnterAsync(db, cancellationToken))
        {
            if (db.Database.CurrentTransaction is null)
            {
                LogGateWaitRanOut(logger, AuditAppendGate.MaxWait.TotalSeconds);
            }
            else
            {
                LogGateBusyInTransaction(logger);
            }
        }

        var set = db.Set<AuditEntry>();
        var last = set.Local.OrderByDescending(e => e.Sequence).FirstOrDefault()
            ?? await set.AsNoTracking().OrderByDescending(e => e.Sequence).FirstOrDefaultAsync(cancellationToken);
        var entry = new AuditEntry((last?.Sequence ?? 0) + 1, record, time.GetUtcNow(), last?.Hash ?? AuditHasher.Genesis, keys.Current);
        set.Add(entry);
        return entry;
    }

    public async Task<IReadOnlyList<AuditEntry>> GetEntriesAsync(string entityType, string entityId, CancellationToken cancellationToken) =>
        await db.Set<AuditEntry>().AsNoTracking()
            .Where(e => e.EntityType == entityType && e.EntityId == entityId)
            .OrderBy(e => e.Sequence)
            .ToListAsync(cancellationToken);

    // The checkpoint is read first: entries appended while the walk runs come after it and are checked like the rest.
    public async Task<AuditVerification> VerifyAsync(CancellationToken cancellationToken)
    {
        var checkpoint = await reader.LatestCheckpointAsync(cancellationToken);
        return await AuditChainVerifier.VerifyAsync(reader.ReadAfterAsync(0, cancellationToken), keys, checkpoint, cancellationToken);
    }

    public void Dispose() => gate.Leave(db);

    // A unit of work held the gate for longer than any commit takes: worth a look (an append between two scopes of one flow?).
    [LoggerMessage(Level = LogLevel.Warning, Message = "An audit append waited {Seconds} s for the in-process gate and goes ahead without it; a sequence clash is retried by its caller")]
    private static partial void LogGateWaitRanOut(ILogger logger, double seconds);

    // Inside a transaction an append does not wait (see AuditAppendGate.EnterAsync): the designed path, not a fault.
    [LoggerMessage(Level = LogLevel.Debug, Message = "An audit append inside a transaction found the in-process gate busy and goes ahead without it")]
    private static partial void LogGateBusyInTransaction(ILogger logger);
}

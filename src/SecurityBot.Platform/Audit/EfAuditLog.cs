using Microsoft.EntityFrameworkCore;
using SecurityBot.Platform.Persistence;

namespace SecurityBot.Platform.Audit;

/// <summary>
/// The audit log in the scoped <see cref="SecurityBotDbContext"/>: entries are added to the caller's unit of work,
/// signed with the current key of the <see cref="AuditKeyRing"/>. Concurrent appends race for the next sequence
/// number (the primary key); the loser's SaveChanges fails with a unique violation and the caller retries its whole
/// operation (see <see cref="PlatformUniqueKeys.AuditSequence"/>).
/// </summary>
internal sealed class EfAuditLog(SecurityBotDbContext db, AuditLogReader reader, AuditKeyRing keys, TimeProvider time) : IAuditLog
{
    public async Task<AuditEntry> AppendAsync(AuditRecord record, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(record);
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
}

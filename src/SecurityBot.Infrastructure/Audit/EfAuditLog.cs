using Microsoft.EntityFrameworkCore;
using SecurityBot.Core.Audit;
using SecurityBot.Infrastructure.Persistence;

namespace SecurityBot.Infrastructure.Audit;

/// <summary>
/// The audit log in the scoped <see cref="SecurityBotDbContext"/>: entries are added to the caller's unit of work.
/// Concurrent appends race for the next sequence number (the primary key); the loser's SaveChanges fails with a
/// unique violation and the caller retries its whole operation (see <see cref="DbErrors.IsUniqueViolation"/>).
/// </summary>
internal sealed class EfAuditLog(SecurityBotDbContext db, TimeProvider time) : IAuditLog
{
    public async Task<AuditEntry> AppendAsync(AuditRecord record, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(record);
        var set = db.Set<AuditEntry>();
        var last = set.Local.OrderByDescending(e => e.Sequence).FirstOrDefault()
            ?? await set.AsNoTracking().OrderByDescending(e => e.Sequence).FirstOrDefaultAsync(cancellationToken);
        var entry = new AuditEntry((last?.Sequence ?? 0) + 1, record, time.GetUtcNow(), last?.Hash ?? AuditHasher.Genesis);
        set.Add(entry);
        return entry;
    }

    public async Task<IReadOnlyList<AuditEntry>> GetEntriesAsync(string entityType, string entityId, CancellationToken cancellationToken) =>
        await db.Set<AuditEntry>().AsNoTracking()
            .Where(e => e.EntityType == entityType && e.EntityId == entityId)
            .OrderBy(e => e.Sequence)
            .ToListAsync(cancellationToken);

    // The chain is checked in sequence order over the whole log; one ordered read is all it needs.
    public async Task<AuditVerification> VerifyAsync(CancellationToken cancellationToken) =>
        AuditChainVerifier.Verify(await db.Set<AuditEntry>().AsNoTracking().OrderBy(e => e.Sequence).ToListAsync(cancellationToken));
}

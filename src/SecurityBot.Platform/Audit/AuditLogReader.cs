using System.Runtime.CompilerServices;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using SecurityBot.Platform.Persistence;

namespace SecurityBot.Platform.Audit;

/// <summary>Reads the audit log for verification and checkpoints without holding it in memory.</summary>
internal sealed class AuditLogReader(SecurityBotDbContext db, IOptions<AuditOptions> options)
{
    /// <summary>
    /// The entries after <paramref name="afterSequence"/> in sequence order, Audit:VerifyBatchSize per query (keyset
    /// paging on the primary key): one batch in memory at a time, and no reader held open across a long walk.
    /// </summary>
    public async IAsyncEnumerable<AuditEntry> ReadAfterAsync(long afterSequence, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var batchSize = options.Value.VerifyBatchSize;
        var after = afterSequence;
        while (true)
        {
            var batch = await db.Set<AuditEntry>().AsNoTracking()
                .Where(e => e.Sequence > after)
                .OrderBy(e => e.Sequence)
                .Take(batchSize)
                .ToListAsync(cancellationToken);
            foreach (var entry in batch)
            {
                yield return entry;
            }

            if (batch.Count < batchSize)
            {
                yield break;
            }

            after = batch[^1].Sequence;
        }
    }

    /// <summary>The checkpoint that vouches for the longest log: deleting later checkpoints cannot forge a longer one.</summary>
    public Task<AuditCheckpoint?> LatestCheckpointAsync(CancellationToken cancellationToken) =>
        db.Set<AuditCheckpoint>().AsNoTracking()
            .OrderByDescending(c => c.Sequence).ThenByDescending(c => c.At)
            .FirstOrDefaultAsync(cancellationToken);

    public Task<AuditEntry?> FindAsync(long sequence, CancellationToken cancellationToken) =>
        db.Set<AuditEntry>().AsNoTracking().SingleOrDefaultAsync(e => e.Sequence == sequence, cancellationToken);
}

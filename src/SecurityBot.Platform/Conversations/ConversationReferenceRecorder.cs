using Microsoft.EntityFrameworkCore;
using SecurityBot.Platform.Notifications;
using SecurityBot.Platform.Persistence;

namespace SecurityBot.Platform.Conversations;

/// <summary>
/// Upserts a conversation reference and, when a person becomes reachable, wakes the notifications that were waiting
/// for them. Scoped: one DbContext per call site.
/// </summary>
public sealed class ConversationReferenceRecorder(SecurityBotDbContext db, TimeProvider time, KeyedLock locks)
{
    // Another instance inserted the same (conversation, person) first: the second attempt reads theirs and refreshes it.
    private static readonly CommitRetry UpsertRetry = new(MaxAttempts: 2, VersionConflicts: false, PlatformUniqueKeys.ConversationReference);

    /// <summary>Returns true when something was written.</summary>
    public async Task<bool> RecordAsync(ConversationSnapshot snapshot, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(snapshot);
        // Teams' two install events arrive together; in this process the second waits and finds the first's row.
        using var _ = await locks.AcquireAsync($"conversation-reference:{snapshot.ConversationId}:{snapshot.UserAadObjectId}", cancellationToken);
        return await UpsertRetry.RunAsync(db, _ => UpsertAsync(snapshot, cancellationToken));
    }

    private async Task<bool> UpsertAsync(ConversationSnapshot snapshot, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var record = await db.Set<ConversationReferenceRecord>().SingleOrDefaultAsync(
            r => r.ConversationId == snapshot.ConversationId && r.UserAadObjectId == snapshot.UserAadObjectId, cancellationToken);
        var wasReachable = record is { Undeliverable: false };
        if (record is null)
        {
            record = new ConversationReferenceRecord(snapshot, now);
            db.Add(record);
        }
        else if (!record.Refresh(snapshot, now))
        {
            return false;
        }

        if (record.IsPersonal && !wasReachable)
        {
            var waiting = await db.Set<OutboxMessage>()
                .Where(m => m.RecipientAadObjectId == snapshot.UserAadObjectId && m.Status == OutboxStatus.WaitingForReference)
                .ToListAsync(cancellationToken);
            foreach (var message in waiting)
            {
                message.WakeUp(now);
            }
        }

        await db.SaveChangesAsync(cancellationToken);
        return true;
    }
}

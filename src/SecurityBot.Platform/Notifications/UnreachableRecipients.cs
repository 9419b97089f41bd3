using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using SecurityBot.Platform.Conversations;
using SecurityBot.Platform.Persistence;
using SecurityBot.Platform.Timers;

namespace SecurityBot.Platform.Notifications;

/// <summary>
/// What the outbox does when Teams says a person cannot be reached: marks their conversation undeliverable and tells
/// the security team once per episode — from the first refusal while they were reachable until they write to the bot
/// again (<see cref="ConversationReferenceRecord.Refresh"/> clears the mark and starts a new episode). The episode is
/// named by the reference as it stood while reachable (its id and last change), so two refusals racing on two workers
/// name the same episode and the notices' idempotency keys collide: the slower commit drops its copies
/// (<see cref="SaveDroppingRacedNoticesAsync"/>).
/// </summary>
internal sealed partial class UnreachableRecipients(
    SecurityBotDbContext db,
    IDeliveryFailureNotifier notifier,
    ConversationReferenceCache referenceCache,
    ILogger<UnreachableRecipients> logger,
    TimeProvider time,
    IEnumerable<IUndeliverableHandler> handlers,
    ITimerScheduler? timers = null)
{
    private const int EntitiesListed = 20;

    /// <summary>
    /// Records the refusal of <paramref name="message"/> (already marked undeliverable) on the person's conversation;
    /// returns false when there is no stored conversation to mark, and the caller reports the message on its own.
    /// </summary>
    public async Task<bool> RecordAsync(OutboxMessage message, ConversationReferenceRecord? reference, string reason, DateTimeOffset now, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(message);
        await TellCapabilityAsync(message, cancellationToken);
        if (reference is null)
        {
            return false;
        }

        // A notice that could not be delivered is never noticed again (no loops), but still marks its reader.
        var episode = reference.Undeliverable || message.EntityType == DeliveryFailure.NoticeEntityType ? null : EpisodeId(reference);
        reference.MarkUndeliverable(reason, now);
        referenceCache.Forget(reference.ConversationId, reference.UserAadObjectId);
        if (episode is null)
        {
            LogAlreadyReported(logger, message.Id, reference.UserAadObjectId);
            return true;
        }

        var aad = reference.UserAadObjectId;
        var queued = await db.Set<OutboxMessage>()
            .Where(m => m.RecipientAadObjectId == aad && m.Id != message.Id
                && (m.Status == OutboxStatus.Pending || m.Status == OutboxStatus.WaitingForReference)
                && m.EntityType != DeliveryFailure.NoticeEntityType)
            .Select(m => new { m.EntityType, m.EntityId })
            .ToListAsync(cancellationToken);
        var entities = queued.Where(m => m.EntityType is not null && m.EntityId is not null)
            .Select(m => new EntityRef(m.EntityType!, m.EntityId!))
            .Prepend(message.Entity)
            .OfType<EntityRef>()
            .Distinct()
            .Take(EntitiesListed)
            .ToList();
        await notifier.NotifyUnreachableAsync(new UnreachableRecipient(aad, episode, reference.UndeliverableAt ?? now, queued.Count + 1, entities), cancellationToken);
        return true;
    }

    /// <summary>
    /// Schedules, in the caller's unit of work, the durable step that tells the capability owning the message's entity
    /// (<see cref="IUndeliverableHandler"/>) that it was not delivered; nothing when no capability asked.
    /// </summary>
    public async Task TellCapabilityAsync(OutboxMessage message, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(message);
        if (timers is null || message.RecipientAadObjectId is null || message.EntityType is not { } type
            || !handlers.Any(h => string.Equals(h.EntityType, type, StringComparison.Ordinal)))
        {
            return;
        }

        await timers.ScheduleAsync(UndeliverableTimerHandler.TimerEntityType, message.Id.ToString("N"), UndeliverableTimerHandler.TimerKind,
            time.GetUtcNow(), null, cancellationToken);
    }

    /// <summary>
    /// Saves the unit of work; when the only refusal is an outbox idempotency key (a concurrent refusal of the same
    /// episode committed its notices first), drops this unit's notices and saves the rest.
    /// </summary>
    public static async Task SaveDroppingRacedNoticesAsync(DbContext db, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException ex) when (DbErrors.IsUniqueViolation(ex, PlatformUniqueKeys.OutboxIdempotencyKey))
        {
            var notices = db.ChangeTracker.Entries<OutboxMessage>()
                .Where(e => e.State == EntityState.Added && e.Entity.EntityType == DeliveryFailure.NoticeEntityType)
                .ToList();
            if (notices.Count == 0)
            {
                throw;
            }

            foreach (var notice in notices)
            {
                notice.State = EntityState.Detached;
            }

            await db.SaveChangesAsync(cancellationToken);
        }
    }

    private static string EpisodeId(ConversationReferenceRecord reference) =>
        $"{reference.Id:N}-{reference.UpdatedAt.UtcTicks}";

    [LoggerMessage(Level = LogLevel.Information, Message = "Outbox row {OutboxId}: {Recipient} was already reported unreachable in this episode; no new notice")]
    private static partial void LogAlreadyReported(ILogger logger, Guid outboxId, string recipient);
}

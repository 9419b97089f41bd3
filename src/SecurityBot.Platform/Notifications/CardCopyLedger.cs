using Microsoft.EntityFrameworkCore;
using SecurityBot.Cards;
using SecurityBot.Platform.Persistence;
using SecurityBot.Platform.Regional;

namespace SecurityBot.Platform.Notifications;

/// <summary>
/// The record of every card shown about an entity, and the way to refresh them all. Works in the caller's unit of
/// work: a feature's state change, the updates of its cards and its new notifications commit together.
/// </summary>
internal sealed class CardCopyLedger(SecurityBotDbContext db, TimeProvider time, ITimeDisplays readers) : ICardCopyRecorder, ICardCopyUpdater
{
    public async Task RecordAsync(EntityRef entity, long version, CardLocation card, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(entity);
        ArgumentNullException.ThrowIfNull(card);
        var existing = await FindAsync(card.ConversationId, card.ActivityId, cancellationToken);
        var now = time.GetUtcNow();
        if (existing is null)
        {
            db.Add(new CardCopy(entity.Type, entity.Id, version, card.ConversationId, card.ActivityId, card.ServiceUrl, card.RecipientAadObjectId, tenantId: null, now));
        }
        else
        {
            existing.RecordRendered(version, now);
        }
    }

    public async Task<int> EnqueueUpdatesAsync(EntityRef entity, long version, Func<CardCopyView, string> renderActivityJson, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(entity);
        ArgumentNullException.ThrowIfNull(renderActivityJson);
        var now = time.GetUtcNow();
        var copies = await db.Set<CardCopy>()
            .Where(c => c.EntityType == entity.Type && c.EntityId == entity.Id && c.LastVersionRendered < version)
            .ToListAsync(cancellationToken);
        var outbox = db.Set<OutboxMessage>();
        // Cards not sent yet go out in the new state rather than being sent stale and updated right after.
        var unsent = await outbox
            .Where(m => m.EntityType == entity.Type && m.EntityId == entity.Id && m.Kind == NotificationKind.NewMessage
                        && m.LeaseOwner == null && (m.Status == OutboxStatus.Pending || m.Status == OutboxStatus.WaitingForReference))
            .ToListAsync(cancellationToken);
        var people = await readers.ForPeopleAsync(
            copies.Select(c => c.RecipientAadObjectId).Concat(unsent.Select(m => m.RecipientAadObjectId)).OfType<string>(), cancellationToken);
        var enqueued = 0;
        foreach (var copy in copies)
        {
            var view = new CardCopyView(copy.RecipientAadObjectId, copy.ConversationId, copy.LastVersionRendered) { Reader = ReaderOf(copy.RecipientAadObjectId, people) };
            var update = OutboxMessage.CardUpdate(copy, version, renderActivityJson(view), now);
            if (outbox.Local.Any(m => m.IdempotencyKey == update.IdempotencyKey)
                || await outbox.AnyAsync(m => m.IdempotencyKey == update.IdempotencyKey, cancellationToken))
            {
                continue;
            }

            outbox.Add(update);
            enqueued++;
        }

        foreach (var message in unsent)
        {
            message.Rerender(version, renderActivityJson(new CardCopyView(message.RecipientAadObjectId, message.ConversationId ?? string.Empty, message.EntityVersion ?? 0)
            {
                Reader = ReaderOf(message.RecipientAadObjectId, people),
            }));
        }

        return enqueued;
    }

    /// <summary>Called by the dispatcher in its "delivered" unit of work.</summary>
    public async Task RecordDeliveryAsync(OutboxMessage message, DeliveryTarget target, string? activityId, DateTimeOffset now, CancellationToken cancellationToken)
    {
        if (message.Entity is not { } entity || entity.Type == DeliveryFailure.NoticeEntityType || activityId is null)
        {
            return;
        }

        var version = message.EntityVersion ?? 0;
        if (message.Kind == NotificationKind.NewMessage)
        {
            // A new activity id: no lookup, so the duplicate window (2xx → commit) holds no extra round trip.
            db.Add(new CardCopy(entity.Type, entity.Id, version, target.ConversationId, activityId, target.ServiceUrl,
                message.RecipientAadObjectId, message.TenantId ?? target.Reference?.TenantId, now));
        }
        else if (await FindAsync(target.ConversationId, activityId, cancellationToken) is { } existing)
        {
            existing.RecordRendered(version, now);
        }
    }

    private async Task<CardCopy?> FindAsync(string conversationId, string activityId, CancellationToken cancellationToken) =>
        db.Set<CardCopy>().Local.FirstOrDefault(c => c.ConversationId == conversationId && c.ActivityId == activityId)
        ?? await db.Set<CardCopy>().SingleOrDefaultAsync(c => c.ConversationId == conversationId && c.ActivityId == activityId, cancellationToken);

    /// <summary>A copy one person reads shows their times; a copy in a conversation (no recipient) the organisation's.</summary>
    private TimeDisplay ReaderOf(string? recipient, IReadOnlyDictionary<string, TimeDisplay> people) =>
        recipient is not null && people.TryGetValue(recipient, out var reader) ? reader : readers.SharedCard;
}

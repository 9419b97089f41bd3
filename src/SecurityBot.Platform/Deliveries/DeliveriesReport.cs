using Microsoft.EntityFrameworkCore;
using SecurityBot.Platform.Conversations;
using SecurityBot.Platform.Directory;
using SecurityBot.Platform.Notifications;
using SecurityBot.Platform.Persistence;

namespace SecurityBot.Platform.Deliveries;

/// <summary>Reads what <c>admin deliveries</c> shows, and requeues one dead-lettered message.</summary>
internal sealed class DeliveriesReport(SecurityBotDbContext db, IDirectory directory, TimeProvider time)
{
    /// <summary>Rows shown per list; the card says how many more there are.</summary>
    public const int MaxRows = 15;

    public async Task<DeliveriesView> ReadAsync(CancellationToken cancellationToken)
    {
        var references = await db.Set<ConversationReferenceRecord>().AsNoTracking()
            .Where(r => r.Undeliverable && r.ConversationType == ConversationReferenceRecord.PersonalConversationType)
            .Select(r => new { r.UserAadObjectId, r.UndeliverableAt, r.UndeliverableReason })
            .ToListAsync(cancellationToken);
        var people = references.GroupBy(r => r.UserAadObjectId, StringComparer.OrdinalIgnoreCase)
            .Select(g => g.OrderBy(r => r.UndeliverableAt).First())
            .OrderByDescending(r => r.UndeliverableAt)
            .ToList();
        var unreachable = new List<UnreachablePersonRow>();
        foreach (var person in people.Take(MaxRows))
        {
            unreachable.Add(new UnreachablePersonRow(person.UserAadObjectId, await NameAsync(person.UserAadObjectId, cancellationToken),
                person.UndeliverableAt, Category(person.UndeliverableReason)));
        }

        var failedQuery = db.Set<OutboxMessage>().AsNoTracking().Where(m => m.Status == OutboxStatus.DeadLettered);
        var failedCount = await failedQuery.CountAsync(cancellationToken);
        var rows = (await failedQuery
                .Select(m => new { m.Id, m.RecipientAadObjectId, m.ConversationId, m.EntityType, m.EntityId, m.CreatedAt, m.Attempts })
                .ToListAsync(cancellationToken))
            .OrderByDescending(m => m.CreatedAt)
            .Take(MaxRows)
            .ToList();
        var failed = new List<FailedDeliveryRow>();
        foreach (var m in rows)
        {
            var recipient = m.RecipientAadObjectId is { } aad ? await NameAsync(aad, cancellationToken) : $"conversation {m.ConversationId}";
            var entity = m.EntityType is null || m.EntityId is null ? null : new EntityRef(m.EntityType, m.EntityId).ToString();
            failed.Add(new FailedDeliveryRow(m.Id, recipient, entity, m.CreatedAt, m.Attempts));
        }

        return new DeliveriesView(unreachable, failed, Math.Max(0, people.Count - MaxRows), Math.Max(0, failedCount - MaxRows));
    }

    /// <summary>Requeues a dead-lettered row and commits; false when there is no such row or it is not dead-lettered.</summary>
    public async Task<RetryOutcome> RetryAsync(Guid id, CancellationToken cancellationToken)
    {
        var message = await db.Set<OutboxMessage>().SingleOrDefaultAsync(m => m.Id == id, cancellationToken);
        if (message is null)
        {
            return RetryOutcome.NotFound;
        }

        if (!message.Requeue(time.GetUtcNow()))
        {
            return message.Status is OutboxStatus.Pending ? RetryOutcome.AlreadyQueued
                : message.Status is OutboxStatus.Delivered ? RetryOutcome.AlreadyDelivered
                : RetryOutcome.NotFound;
        }

        try
        {
            await db.SaveChangesAsync(cancellationToken);
            return RetryOutcome.Requeued;
        }
        catch (DbUpdateConcurrencyException)
        {
            // Someone else requeued it (and the outbox leased it) first.
            return RetryOutcome.AlreadyQueued;
        }
    }

    private async Task<string> NameAsync(string aad, CancellationToken cancellationToken)
    {
        try
        {
            return (await directory.GetUserAsync(aad, cancellationToken))?.DisplayName ?? aad;
        }
        catch (DirectoryUnavailableException)
        {
            return aad;
        }
    }

    private static string Category(string? reason) =>
        reason is not null && reason.Contains("BotDisabledByAdmin", StringComparison.OrdinalIgnoreCase)
            ? "SecurityBot disabled for them by an administrator"
            : "blocked SecurityBot or removed the app";
}

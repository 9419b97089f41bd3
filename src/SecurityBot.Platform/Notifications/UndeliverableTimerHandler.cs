using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using SecurityBot.Platform.Persistence;
using SecurityBot.Platform.Timers;

namespace SecurityBot.Platform.Notifications;

/// <summary>
/// The durable step that tells a capability one of its messages could not be delivered: fires
/// <see cref="Kind"/> for the outbox row (scheduled in the failure's commit by <see cref="UnreachableRecipients"/>)
/// and hands it to the <see cref="IUndeliverableHandler"/> of the row's entity type, in the timer's unit of work.
/// </summary>
internal sealed partial class UndeliverableTimerHandler(
    SecurityBotDbContext db,
    IEnumerable<IUndeliverableHandler> handlers,
    ILogger<UndeliverableTimerHandler> logger) : ITimerHandler
{
    public const string TimerKind = "outbox.undeliverable";
    public const string TimerEntityType = "OutboxMessage";

    public string Kind => TimerKind;

    public async Task HandleAsync(DueTimer timer, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(timer);
        if (!Guid.TryParseExact(timer.EntityId, "N", out var id))
        {
            return;
        }

        var message = await db.Set<OutboxMessage>().AsNoTracking().SingleOrDefaultAsync(m => m.Id == id, cancellationToken);
        if (message is not { RecipientAadObjectId: { } recipient, Entity: { } entity })
        {
            return;
        }

        foreach (var handler in handlers.Where(h => string.Equals(h.EntityType, entity.Type, StringComparison.Ordinal)))
        {
            LogHandling(logger, id, entity.Type);
            await handler.HandleAsync(new UndeliverableMessage(id, recipient, entity, message.IdempotencyKey, message.EntityVersion), cancellationToken);
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Outbox row {OutboxId} was not delivered: the {EntityType} capability is told")]
    private static partial void LogHandling(ILogger logger, Guid outboxId, string entityType);
}

namespace SecurityBot.Platform.Notifications;

/// <summary>
/// A capability's answer to a message about one of its entities that Teams refused to deliver to a person (they
/// blocked SecurityBot or the app was removed): e.g. hand an approval to a stand-in. Registered per entity type with
/// <c>AddUndeliverableHandler</c>. The outbox schedules a durable step in the failure's own commit, and the handler
/// runs in that step's unit of work (the timer's firing): what it changes and enqueues commits with the step, and a
/// throw retries the step with backoff (the security team is told when it gives up). It may run more than once for
/// the same message, so it must be idempotent (decide from the entity's current state).
/// </summary>
public interface IUndeliverableHandler
{
    /// <summary>The <see cref="EntityRef.Type"/> this handler answers for, e.g. "RiskAcceptance".</summary>
    string EntityType { get; }

    Task HandleAsync(UndeliverableMessage message, CancellationToken cancellationToken);
}

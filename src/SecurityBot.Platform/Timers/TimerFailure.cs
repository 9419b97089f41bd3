namespace SecurityBot.Platform.Timers;

/// <summary>A timer that will not fire: what it was for and why it gave up.</summary>
/// <param name="TimerId">Id of the timer (stable: use it in idempotency keys of notices).</param>
/// <param name="Kind">The timer's kind, e.g. "incident.escalation".</param>
/// <param name="EntityType">Type of the entity it was for.</param>
/// <param name="EntityId">Id of the entity it was for.</param>
/// <param name="Attempts">Failed attempts, the last included.</param>
/// <param name="Reason">The last error.</param>
public sealed record TimerFailure(Guid TimerId, string Kind, string EntityType, string EntityId, int Attempts, string Reason);

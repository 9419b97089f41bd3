namespace SecurityBot.Platform.Timers;

/// <summary>
/// A timer being fired. <see cref="Id"/> is stable across attempts, so it is a good idempotency key for the
/// notifications a handler enqueues; <see cref="Attempt"/> counts from 1.
/// </summary>
public sealed record DueTimer(Guid Id, string EntityType, string EntityId, string Kind, DateTimeOffset DueAt, string? PayloadJson, int Attempt);

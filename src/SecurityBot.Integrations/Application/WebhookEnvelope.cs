namespace SecurityBot.Integrations.Application;

/// <summary>The stable JSON envelope of every webhook: {id, type, occurredAt, data}.</summary>
internal sealed record WebhookEnvelope<TData>(Guid Id, string Type, DateTimeOffset OccurredAt, TData Data);

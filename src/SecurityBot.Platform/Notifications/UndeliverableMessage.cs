namespace SecurityBot.Platform.Notifications;

/// <summary>A message the outbox could not deliver because its recipient cannot be reached.</summary>
/// <param name="OutboxMessageId">The outbox row.</param>
/// <param name="RecipientAadObjectId">The person who cannot be reached.</param>
/// <param name="Entity">What the message was about.</param>
/// <param name="IdempotencyKey">The key the capability gave the message: it says which of its messages it was (e.g. an approval card).</param>
/// <param name="EntityVersion">The entity version the message was rendered from, when known.</param>
public sealed record UndeliverableMessage(Guid OutboxMessageId, string RecipientAadObjectId, EntityRef Entity, string IdempotencyKey, long? EntityVersion);

namespace SecurityBot.Platform.Notifications;

/// <summary>
/// One message the bot owes someone. Enqueued in the same unit of work as the state change that caused it.
/// </summary>
/// <param name="Recipient">Who receives it.</param>
/// <param name="ActivityJson">The Bot Framework activity to send, serialised (camelCase JSON, usually with an Adaptive Card attachment).</param>
/// <param name="IdempotencyKey">Unique per intended delivery (e.g. "incident:INC-7:v3:triage:&lt;aad&gt;"); a second enqueue with the same key is ignored.</param>
/// <param name="Entity">The entity the card is about; when set, the delivered message is recorded as a card copy so later state changes update it.</param>
/// <param name="EntityVersion">Version of the entity the payload was rendered from.</param>
public sealed record OutboundNotification(
    NotificationRecipient Recipient,
    string ActivityJson,
    string IdempotencyKey,
    EntityRef? Entity = null,
    long? EntityVersion = null);

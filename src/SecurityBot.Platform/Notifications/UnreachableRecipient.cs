namespace SecurityBot.Platform.Notifications;

/// <summary>
/// A person Teams refused to deliver to (they blocked SecurityBot or the app was removed), reported once per episode:
/// from the first refusal until they write to the bot again.
/// </summary>
/// <param name="RecipientAadObjectId">The person who cannot be reached.</param>
/// <param name="EpisodeId">Stable for the episode (the same for every refusal until they are reachable again): use it in idempotency keys.</param>
/// <param name="Since">When the first refusal of the episode was recorded.</param>
/// <param name="NotDelivered">How many messages to them are not delivered: the refused one and those still queued.</param>
/// <param name="Entities">What those messages were about (distinct, at most a handful); never their text.</param>
public sealed record UnreachableRecipient(
    string RecipientAadObjectId,
    string EpisodeId,
    DateTimeOffset Since,
    int NotDelivered,
    IReadOnlyList<EntityRef> Entities);

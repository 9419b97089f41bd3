namespace SecurityBot.Crisis.Application;

/// <summary>
/// Cards the crisis capability owes a room or a person, into the caller's unit of work through the outbox (sent after
/// the commit, retried, never twice: each key names the room and what the message is for).
/// </summary>
internal sealed class CrisisMessages(INotificationOutbox outbox)
{
    /// <summary>A card in the room's chat (the room must have its chat and the bot installed).</summary>
    public Task<bool> PostToRoomAsync(CrisisRoom room, AdaptiveCard card, string purpose, CancellationToken cancellationToken)
    {
        if (room.ChatId is null || room.ServiceUrl is null)
        {
            throw new InvalidOperationException($"The room of {room.IncidentNumber} has no chat to post to yet.");
        }

        return outbox.EnqueueAsync(
            new OutboundNotification(NotificationRecipient.Conversation(room.ChatId, room.ServiceUrl, null), TurnContextCardExtensions.ToActivityJson(card), $"crisis:{room.IncidentNumber}:{purpose}"),
            cancellationToken);
    }

    /// <summary>A card in a person's 1:1 chat with the bot (installed for them if they never opened it).</summary>
    public Task<bool> SendToPersonAsync(CrisisRoom room, string userId, AdaptiveCard card, string purpose, CancellationToken cancellationToken) =>
        outbox.EnqueueAsync(
            new OutboundNotification(NotificationRecipient.User(userId), TurnContextCardExtensions.ToActivityJson(card), $"crisis:{room.IncidentNumber}:{purpose}:{userId}"),
            cancellationToken);
}

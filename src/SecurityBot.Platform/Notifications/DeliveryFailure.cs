namespace SecurityBot.Platform.Notifications;

/// <summary>A notification the bot gave up on, reported so a human can reach the person another way.</summary>
/// <param name="NotificationId">Id of the failed notification (stable: use it in idempotency keys of notices).</param>
/// <param name="RecipientAadObjectId">The person who did not get it (null for a channel).</param>
/// <param name="ConversationId">Conversation the send was aimed at, when known.</param>
/// <param name="Entity">What the notification was about, when known.</param>
/// <param name="Reason">Why it failed, e.g. "403: the user blocked or removed the app".</param>
public sealed record DeliveryFailure(string NotificationId, string? RecipientAadObjectId, string? ConversationId, EntityRef? Entity, string Reason)
{
    /// <summary>Entity type of the notices themselves: a failed notice is logged, never noticed again (no loops).</summary>
    public const string NoticeEntityType = "DeliveryFailureNotice";
}

using SecurityBot.BotFramework.Schema;

namespace SecurityBot.Platform.Notifications;

/// <summary>
/// Where a card shown in Teams lives and whose copy it is, so it can be recorded in the card-copy ledger and updated
/// when its entity changes. <paramref name="RecipientAadObjectId"/> is null for a copy nobody in particular owns (a
/// channel post).
/// </summary>
public sealed record CardLocation(string ConversationId, string ActivityId, string ServiceUrl, string? RecipientAadObjectId)
{
    /// <summary>
    /// The card a button was pressed on: Teams names its message as the invoke's replyToId. It becomes the presser's
    /// copy (<paramref name="pressedBy"/>, from the authenticated activity). Null when the activity does not name the
    /// message, its conversation or the service to reach it.
    /// </summary>
    public static CardLocation? PressedIn(Activity activity, string pressedBy)
    {
        ArgumentNullException.ThrowIfNull(activity);
        ArgumentException.ThrowIfNullOrWhiteSpace(pressedBy);
        return activity is { ReplyToId: { Length: > 0 } message, Conversation.Id: { Length: > 0 } conversation, ServiceUrl: { Length: > 0 } serviceUrl }
            ? new CardLocation(conversation, message, serviceUrl, pressedBy)
            : null;
    }
}

namespace SecurityBot.Platform.Notifications;

/// <summary>What the dispatcher does with a notification.</summary>
public enum NotificationKind
{
    /// <summary>Post a new message (usually a card) to the recipient's conversation.</summary>
    NewMessage = 0,

    /// <summary>Replace an already delivered card copy (update activity) with a newer rendering.</summary>
    UpdateCardCopy = 1,
}

using SecurityBot.Cards;

namespace SecurityBot.Platform.Notifications;

/// <summary>What a feature may know about one delivered card copy when rendering its update (e.g. per-recipient buttons).</summary>
/// <param name="RecipientAadObjectId">The person who sees this copy, or null for a channel copy.</param>
/// <param name="ConversationId">Conversation the copy lives in.</param>
/// <param name="LastVersionRendered">Entity version currently shown by the copy.</param>
public sealed record CardCopyView(string? RecipientAadObjectId, string ConversationId, long LastVersionRendered)
{
    /// <summary>How this copy's reader sees times: the recipient's own zone and locale, or the organisation's for a shared copy.</summary>
    public TimeDisplay Reader { get; init; } = TimeDisplay.Utc;
}

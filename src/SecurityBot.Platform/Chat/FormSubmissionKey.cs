using System.Security.Cryptography;
using System.Text;
using SecurityBot.BotFramework.Schema;

namespace SecurityBot.Platform.Chat;

/// <summary>
/// The idempotency key of one submission of one form by one person, so that what it creates is stored once (an
/// incident report, a risk acceptance request; stored under a unique index by each). A double click sends a second
/// invoke with a new activity id from the same card message (replyToId); Teams redelivers an invoke with the same
/// activity id and replyToId. So: the form, the conversation, the card message and the person; the activity id only
/// when the card message is unknown (a redelivery is still caught). The person is part of it because a form in a group
/// chat is one card several people may fill in. A form answered with errors stores nothing, so fixing it and submitting
/// again from the same card still goes through. Hashed: a fixed length whatever the ids, and none of them revealed.
/// </summary>
public static class FormSubmissionKey
{
    /// <summary>Length of every key (SHA-256 in lower-case hex).</summary>
    public const int Length = 64;

    /// <returns>The key, or null when the activity names neither a card message nor itself (nothing can be recognised as a repeat).</returns>
    public static string? From(Activity activity, string form, string userId)
    {
        ArgumentNullException.ThrowIfNull(activity);
        var source = activity.ReplyToId is { Length: > 0 } message ? "message:" + message
            : activity.Id is { Length: > 0 } id ? "activity:" + id
            : null;
        return From(form, activity.Conversation?.Id, source, userId);
    }

    /// <summary>The key of a submission whose source (a card message, an activity, a reported message) the caller names.</summary>
    public static string? From(string form, string? conversationId, string? source, string userId)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(form);
        ArgumentException.ThrowIfNullOrWhiteSpace(userId);
        if (string.IsNullOrEmpty(source))
        {
            return null;
        }

        // Length-prefixed so that no choice of ids can make two different tuples hash the same text.
        var parts = new[] { form, conversationId ?? string.Empty, source, userId.Trim().ToLowerInvariant() };
        var text = string.Join('\n', parts.Select(p => $"{p.Length}:{p}"));
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)));
    }
}

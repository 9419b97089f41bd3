using System.Security.Cryptography;
using System.Text;

namespace SecurityBot.Infrastructure.RiskAcceptances;

/// <summary>
/// The idempotency key of a request form submit: the same form submitted again by the same person (a double click,
/// or Teams redelivering the invoke) yields the same key, so it cannot create a second request. Hashed, so the
/// stored key has a fixed length whatever the ids sent, and reveals none of them.
/// </summary>
public static class RiskRequestKey
{
    /// <param name="conversationId">The conversation the form is in (message ids are only unique within one).</param>
    /// <param name="source">What identifies the form: the card's message id (Teams' replyToId, the same for every click on it), or the invoke's own activity id when there is none (a redelivery repeats it).</param>
    /// <param name="userId">The submitting person's object id (in a group chat several people may submit one form).</param>
    /// <returns>The key, or null when the activity names no form (then nothing can be recognised as a repeat).</returns>
    public static string? From(string? conversationId, string? source, string userId)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(userId);
        if (string.IsNullOrEmpty(source))
        {
            return null;
        }

        // Length-prefixed so that no choice of ids can make two different triples hash the same text.
        var text = string.Join('\n', new[] { conversationId ?? string.Empty, source, userId.Trim().ToLowerInvariant() }.Select(p => $"{p.Length}:{p}"));
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)));
    }
}

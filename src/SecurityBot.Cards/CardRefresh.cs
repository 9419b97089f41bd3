using System.Text.Json.Serialization;

namespace SecurityBot.Cards;

/// <summary>
/// The card's <c>refresh</c> block: when one of <see cref="UserIds"/> opens the card, Teams sends
/// <see cref="Action"/> as an adaptiveCard/action invoke and shows the card the bot returns.
/// </summary>
public sealed class CardRefresh(ExecuteAction action)
{
    /// <summary>Teams allows at most this many user ids in a refresh block.</summary>
    public const int MaxUserIds = 60;

    /// <summary>The invoke Teams sends when the card is opened.</summary>
    [JsonIgnore]
    public ExecuteAction Action { get; } = action ?? throw new ArgumentNullException(nameof(action));

    private readonly List<string> _userIds = [];

    /// <summary>
    /// Teams user ids (29:…) that get automatic refresh; others see the card as sent. Left out when empty, which
    /// Teams reads as "everyone" in conversations of up to 60 members.
    /// </summary>
    public IReadOnlyList<string> UserIds => _userIds;

    // Declared as the polymorphic base so the "type": "Action.Execute" discriminator is written.
    [JsonInclude]
    [JsonPropertyName("action")]
    [JsonPropertyOrder(-1)]
    internal CardAction SerializedAction => Action;

    /// <summary>
    /// The refresh a card about one entity carries: <paramref name="action"/> for the first <see cref="MaxUserIds"/> of
    /// <paramref name="userIds"/> (Teams ids, those who matter most first). Null when there is nobody: an empty list
    /// would mean everyone in a small conversation, and those without a view of their own need no invoke.
    /// </summary>
    public static CardRefresh? ForFirstUsers(ExecuteAction action, IEnumerable<string> userIds)
    {
        ArgumentNullException.ThrowIfNull(userIds);
        var first = userIds.Take(MaxUserIds).ToList();
        return first.Count == 0 ? null : new CardRefresh(action).ForUsers(first);
    }

    /// <summary>Adds user ids, refusing more than <see cref="MaxUserIds"/> in total.</summary>
    public CardRefresh ForUsers(IEnumerable<string> userIds)
    {
        ArgumentNullException.ThrowIfNull(userIds);
        var added = userIds.ToList();
        if (_userIds.Count + added.Count > MaxUserIds)
        {
            throw new ArgumentOutOfRangeException(nameof(userIds), _userIds.Count + added.Count, $"Teams refreshes at most {MaxUserIds} users.");
        }

        _userIds.AddRange(added);

        return this;
    }
}

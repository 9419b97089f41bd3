using SecurityBot.BotFramework.Schema;
using SecurityBot.Cards;

namespace SecurityBot.Platform.Regional;

/// <summary>
/// How each reader sees times: a person's own zone (as their Teams client last said, else their mailbox settings,
/// else the organisation's) and locale; a card many people read gets the organisation's zone with its offset.
/// </summary>
public interface ITimeDisplays
{
    /// <summary>For a card many people read (a channel, a group chat): Regional:TimeZone and Regional:Locale, offsets shown.</summary>
    TimeDisplay SharedCard { get; }

    /// <summary>For a card one person reads; null (no one person, e.g. a channel copy) gives <see cref="SharedCard"/>.</summary>
    Task<TimeDisplay> ForAsync(string? userAadObjectId, CancellationToken cancellationToken);

    /// <summary>
    /// For the card answering this turn: the sender's view in their 1:1 chat (this activity's own zone first, it is
    /// the freshest), the shared view in a channel or group chat, where others see the answer too.
    /// </summary>
    Task<TimeDisplay> ForTurnAsync(Activity activity, CancellationToken cancellationToken);

    /// <summary>The same for many people at once (one query), keyed by object id, case-insensitively.</summary>
    Task<IReadOnlyDictionary<string, TimeDisplay>> ForPeopleAsync(IEnumerable<string> userAadObjectIds, CancellationToken cancellationToken);
}

using System.Collections.Concurrent;
using System.Globalization;

namespace SecurityBot.Platform.Chat;

/// <summary>The commands this instance actually answers, in the order the help shows them (help last).</summary>
public sealed class CommandCatalog(HandlerDirectory handlers)
{
    // One prepared help card per language asked for (a language has one card: the commands are fixed at start).
    private readonly ConcurrentDictionary<string, PreparedCard> _helpCards = new(StringComparer.Ordinal);

    public IReadOnlyList<CommandHelp> Help => handlers.Help;

    /// <summary>The answer to "help" in English, built once.</summary>
    public PreparedCard HelpReply => HelpReplyIn(CultureInfo.GetCultureInfo("en-GB"));

    /// <summary>The answer to "help" in <paramref name="culture"/>'s language, built once per language.</summary>
    public PreparedCard HelpReplyIn(CultureInfo culture)
    {
        ArgumentNullException.ThrowIfNull(culture);
        return _helpCards.GetOrAdd(culture.TwoLetterISOLanguageName, _ => PreparedCard.From(HelpCard.Create(handlers.Help, ChatLanguage.For(culture))));
    }
}

using SecurityBot.Cards;
using SecurityBot.Platform.Chat.Resources;

namespace SecurityBot.Platform.Chat;

/// <summary>The answer to text SecurityBot does not understand: what it heard, and what it can do instead.</summary>
public static class UnknownCommandCard
{
    private const int MaxQuotedLength = 80;

    public static AdaptiveCard Create(string text, IReadOnlyList<CommandHelp> commands, Localizer? language = null)
    {
        language ??= ChatLanguage.English;
        var quoted = CardText.Truncate(text.Trim(), MaxQuotedLength);
        return NoticeCard.Create(
            NoticeKind.Info,
            language[nameof(ChatTexts.Unknown_Title)],
            language.Format(nameof(ChatTexts.Unknown_Text), quoted),
            language[nameof(ChatTexts.Unknown_Hint)],
            CommandList.ExampleButtons(commands));
    }
}

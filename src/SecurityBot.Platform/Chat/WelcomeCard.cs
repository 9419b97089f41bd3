using SecurityBot.Cards;
using SecurityBot.Platform.Chat.Resources;

namespace SecurityBot.Platform.Chat;

/// <summary>Sent when SecurityBot is installed for a person or added to a team.</summary>
public static class WelcomeCard
{
    /// <summary>
    /// Greets <paramref name="userName"/> (as the directory or Teams gave it — escaped here) or, in a team, everyone.
    /// </summary>
    public static AdaptiveCard Create(string? userName, IReadOnlyList<CommandHelp>? commands = null, Localizer? text = null)
    {
        commands ??= CommandHelp.Defaults;
        text ??= ChatLanguage.English;
        var greeting = string.IsNullOrWhiteSpace(userName)
            ? text[nameof(ChatTexts.Welcome_Hello)]
            : text.Format(nameof(ChatTexts.Welcome_HelloName), CardText.Escape(CardText.Truncate(userName.Trim(), 100)));
        var card = new AdaptiveCard
        {
            FallbackText = text[nameof(ChatTexts.Welcome_Fallback)],
            Body =
            {
                TextBlock.Heading(greeting),
                new TextBlock(text[nameof(ChatTexts.Welcome_Intro)])
                {
                    Wrap = true,
                },
                new TextBlock(text[nameof(ChatTexts.Welcome_Commands)]) { Weight = TextWeight.Bolder, Spacing = Spacing.Medium },
                CommandList.Table(commands, text),
            },
        };
        card.Actions.AddRange(CommandList.ExampleButtons(commands));
        return card;
    }
}

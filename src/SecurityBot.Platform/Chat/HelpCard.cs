using SecurityBot.Cards;
using SecurityBot.Platform.Chat.Resources;

namespace SecurityBot.Platform.Chat;

/// <summary>The answer to "help": every command with its usage, and buttons that send examples.</summary>
public static class HelpCard
{
    /// <summary>Builds the help card for <paramref name="commands"/> (default: <see cref="CommandHelp.Defaults"/>) in <paramref name="text"/>'s language.</summary>
    public static AdaptiveCard Create(IReadOnlyList<CommandHelp>? commands = null, Localizer? text = null)
    {
        commands ??= CommandHelp.Defaults;
        text ??= ChatLanguage.English;
        var card = new AdaptiveCard
        {
            FallbackText = text.Format(nameof(ChatTexts.Help_Fallback), string.Join(", ", commands.Select(c => c.Keyword))),
            Body =
            {
                TextBlock.Heading(text[nameof(ChatTexts.Help_Heading)]),
                new TextBlock(text[nameof(ChatTexts.Help_Intro)])
                {
                    Wrap = true,
                    IsSubtle = true,
                    Spacing = Spacing.None,
                },
                CommandList.Table(commands, text),
            },
        };
        card.Actions.AddRange(CommandList.ExampleButtons(commands));
        return card;
    }
}

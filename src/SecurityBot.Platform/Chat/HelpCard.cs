using SecurityBot.Cards;

namespace SecurityBot.Platform.Chat;

/// <summary>The answer to "help": every command with its usage, and buttons that send examples.</summary>
public static class HelpCard
{
    /// <summary>Builds the help card for <paramref name="commands"/> (default: <see cref="CommandHelp.Defaults"/>).</summary>
    public static AdaptiveCard Create(IReadOnlyList<CommandHelp>? commands = null)
    {
        commands ??= CommandHelp.Defaults;
        var card = new AdaptiveCard
        {
            FallbackText = "SecurityBot commands: " + string.Join(", ", commands.Select(c => c.Keyword)),
            Body =
            {
                TextBlock.Heading("What I can do"),
                new TextBlock("Type one of these commands, or press an example. In a channel, mention me first.")
                {
                    Wrap = true,
                    IsSubtle = true,
                    Spacing = Spacing.None,
                },
                CommandList.Table(commands),
            },
        };
        card.Actions.AddRange(CommandList.ExampleButtons(commands));
        return card;
    }
}

using SecurityBot.Cards;

namespace SecurityBot.Platform.Chat;

/// <summary>Sent when SecurityBot is installed for a person or added to a team.</summary>
public static class WelcomeCard
{
    /// <summary>
    /// Greets <paramref name="userName"/> (as the directory or Teams gave it — escaped here) or, in a team, everyone.
    /// </summary>
    public static AdaptiveCard Create(string? userName, IReadOnlyList<CommandHelp>? commands = null)
    {
        commands ??= CommandHelp.Defaults;
        var greeting = string.IsNullOrWhiteSpace(userName)
            ? "Hello, I'm SecurityBot"
            : $"Hello {CardText.Escape(CardText.Truncate(userName.Trim(), 100))}, I'm SecurityBot";
        var card = new AdaptiveCard
        {
            FallbackText = "SecurityBot: report security incidents, search the security policies, request risk acceptances. Type help.",
            Body =
            {
                TextBlock.Heading(greeting),
                new TextBlock(
                    "I connect you with the security team. Report an incident and the right people are notified at once; " +
                    "ask me about the security policies; request a risk acceptance and follow its approval.")
                {
                    Wrap = true,
                },
                new TextBlock("Commands") { Weight = TextWeight.Bolder, Spacing = Spacing.Medium },
                CommandList.Table(commands),
            },
        };
        card.Actions.AddRange(CommandList.ExampleButtons(commands));
        return card;
    }
}

using SecurityBot.Cards;

namespace SecurityBot.Platform.Chat;

/// <summary>The answer to text SecurityBot does not understand: what it heard, and what it can do instead.</summary>
public static class UnknownCommandCard
{
    private const int MaxQuotedLength = 80;

    public static AdaptiveCard Create(string text, IReadOnlyList<CommandHelp> commands)
    {
        var quoted = CardText.Truncate(text.Trim(), MaxQuotedLength);
        return NoticeCard.Create(
            NoticeKind.Info,
            "I did not understand that",
            $"I don't know what to do with \"{quoted}\".",
            "Type help to see everything I can do, or press an example below.",
            CommandList.ExampleButtons(commands));
    }
}

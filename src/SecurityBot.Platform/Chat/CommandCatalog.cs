namespace SecurityBot.Platform.Chat;

/// <summary>The commands this instance actually answers, in the order the help shows them (help last).</summary>
public sealed class CommandCatalog(HandlerDirectory handlers)
{
    private readonly Lazy<PreparedCard> _helpCard = new(() => PreparedCard.From(HelpCard.Create(handlers.Help)));

    public IReadOnlyList<CommandHelp> Help => handlers.Help;

    /// <summary>The answer to "help", built once: the commands are fixed when the host starts.</summary>
    public PreparedCard HelpReply => _helpCard.Value;
}

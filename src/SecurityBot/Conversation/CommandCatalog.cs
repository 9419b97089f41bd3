namespace SecurityBot.Conversation;

/// <summary>The commands this instance actually answers, in the order the help shows them (help last).</summary>
public sealed class CommandCatalog(HandlerDirectory handlers)
{
    private static readonly CommandHelp HelpLine = CommandHelp.Defaults.Single(c => c.Keyword == "help");

    private readonly Lazy<PreparedCard> _helpCard = new(() => PreparedCard.From(HelpCard.Create(handlers.Help)));

    public IReadOnlyList<CommandHelp> Help => handlers.Help;

    /// <summary>The answer to "help", built once: the commands are fixed when the host starts.</summary>
    public PreparedCard HelpReply => _helpCard.Value;

    internal static List<CommandHelp> Order(IEnumerable<IChatCommand> commands)
    {
        var keywords = CommandHelp.Defaults.Select(d => d.Keyword).ToList();
        var lines = commands
            .Select(c => c.Help)
            .DistinctBy(h => h.Keyword)
            .OrderBy(h => keywords.IndexOf(h.Keyword) is var i and >= 0 ? i : int.MaxValue)
            .ThenBy(h => h.Keyword, StringComparer.Ordinal)
            .ToList();
        lines.Add(HelpLine);
        return lines;
    }
}

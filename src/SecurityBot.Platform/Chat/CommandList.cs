using SecurityBot.Cards;

namespace SecurityBot.Platform.Chat;

/// <summary>The command table and example buttons shared by the help and welcome cards.</summary>
internal static class CommandList
{
    // Buttons share one row and shrink with an ellipsis; more than four short ones become unreadable in a 450 px card.
    private const int MaxExampleButtons = 4;

    public static Table Table(IEnumerable<CommandHelp> commands, Localizer text)
    {
        var table = new Table
        {
            ShowGridLines = false,
            FirstRowAsHeaders = false,
            VerticalCellContentAlignment = VerticalAlignment.Top,
            Columns = { new TableColumnDefinition(ColumnWidth.Relative(1)), new TableColumnDefinition(ColumnWidth.Relative(1)) },
        };
        foreach (var command in commands)
        {
            var (syntax, description) = Split(command.Keyword, text.Usage(command));
            table.Rows.Add(new TableRow(
                new TableCell(new RichTextBlock(new TextRun(syntax) { FontType = FontType.Monospace, Weight = TextWeight.Bolder })),
                new TableCell(new RichTextBlock(new TextRun(description)))));
        }

        return table;
    }

    /// <summary>
    /// messageBack rather than imBack: the text reaches the bot in channels too (where an imBack would need a
    /// mention), and it still shows in the chat as if the user had typed it.
    /// </summary>
    public static IEnumerable<CardAction> ExampleButtons(IEnumerable<CommandHelp> commands) =>
        commands
            .Where(c => !string.IsNullOrWhiteSpace(c.Example))
            .Take(MaxExampleButtons)
            .Select(c => SubmitAction.MessageBack(ButtonTitle(c.Example!), c.Example!));

    private static string ButtonTitle(string example) => CardText.Truncate(example, 30);

    // "policy <question> — search the policies" → ("policy <question>", "search the policies"); a usage without
    // the dash is all description. TextRuns are shown literally, so "<question>" needs no markdown escaping.
    private static (string Syntax, string Description) Split(string keyword, string usage)
    {
        var dash = usage.IndexOf(" — ", StringComparison.Ordinal);
        return dash < 0
            ? (keyword, usage)
            : (usage[..dash], usage[(dash + 3)..]);
    }
}

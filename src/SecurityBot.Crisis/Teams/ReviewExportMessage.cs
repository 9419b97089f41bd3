using SecurityBot.BotFramework.Schema;

namespace SecurityBot.Crisis.Teams;

/// <summary>
/// The crisis record as a Markdown message (textFormat markdown). A message, not a file: a bot cannot attach a file
/// in a personal chat without the file-consent upload flow (OneDrive), and a download link would leave the chat's
/// access control — the same choice as the risk register export. The text is the Markdown itself, so it copies
/// into a .md file as it is; bounded to stay under Teams' ~28 KB message limit, the cut said at the end.
/// </summary>
internal static class ReviewExportMessage
{
    public const int MaxCharacters = 24_000;

    public static Activity Create(string markdown)
    {
        ArgumentNullException.ThrowIfNull(markdown);
        var text = markdown;
        if (text.Length > MaxCharacters)
        {
            var cut = text.LastIndexOf('\n', MaxCharacters);
            text = text[..(cut > 0 ? cut + 1 : MaxCharacters)] + "\n\n_The record is too long for one message: the rest of the timeline is cut._\n";
        }

        var activity = Activity.CreateMessageActivity(text);
        activity.TextFormat = "markdown";
        return activity;
    }
}

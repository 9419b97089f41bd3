using System.Globalization;
using SecurityBot.BotFramework.Schema;

namespace SecurityBot.RiskAcceptances.Teams;

/// <summary>
/// "risk export": the CSV sent inline as a code block in a text message. Teams bots cannot attach a file in a
/// personal chat without the file-consent upload flow (OneDrive), and an unauthenticated download link is not
/// acceptable for a risk register; a code block is copyable into a .csv file, stays in the conversation's own
/// access control, and needs no extra permission. Bounded so the message stays under Teams' ~28 KB limit.
/// </summary>
internal static class RiskExportMessage
{
    public const int MaxCsvCharacters = 20_000;

    public static Activity Create(string csv, int rows, DateTimeOffset now, bool wholeRegister)
    {
        ArgumentNullException.ThrowIfNull(csv);
        var text = csv;
        var note = string.Empty;
        if (text.Length > MaxCsvCharacters)
        {
            var cut = text.LastIndexOf('\n', MaxCsvCharacters);
            text = text[..(cut > 0 ? cut + 1 : MaxCsvCharacters)];
            var shown = text.Count(c => c == '\n') - 1;
            note = string.Create(CultureInfo.InvariantCulture, $"\n\nThe register is too long for one message: the first {shown} of {rows} rows are shown.");
        }

        // A fence longer than any run of backticks in the data, so no cell can close it.
        var longest = 0;
        var run = 0;
        foreach (var c in text)
        {
            run = c == '`' ? run + 1 : 0;
            longest = Math.Max(longest, run);
        }

        var fence = new string('`', Math.Max(3, longest + 1));
        var scope = wholeRegister ? "the whole register" : "your requests";
        var header = string.Create(CultureInfo.InvariantCulture, $"Risk register export ({scope}, {rows} rows, {now.UtcDateTime:yyyy-MM-dd HH:mm} UTC). Copy the block into a file named risk-register.csv.");
        var activity = Activity.CreateMessageActivity($"{header}\n\n{fence}csv\n{text}{fence}{note}");
        activity.TextFormat = "markdown";
        return activity;
    }
}

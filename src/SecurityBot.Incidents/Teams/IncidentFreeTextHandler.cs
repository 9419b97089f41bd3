using System.Text.RegularExpressions;
using SecurityBot.Platform.Chat;
using SecurityBot.Platform.Regional;

namespace SecurityBot.Incidents.Teams;

/// <summary>
/// Plain text that reads like an incident ("my laptop was stolen") gets the report form pre-filled with what was
/// understood; nothing is reported until the person submits it.
/// </summary>
internal sealed partial class IncidentFreeTextHandler(ITimeDisplays readers, TimeProvider time) : IFreeTextHandler
{
    // Before general handlers such as policy questions: a possible incident is the more urgent reading.
    public int Order => 100;

    public async Task<bool> TryHandleAsync(ChatCommandContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        var text = OriginalText(context);
        if (!IncidentIntentDetector.Detect(text).LooksLikeIncident)
        {
            return false;
        }

        var language = IncidentLanguage.For(await readers.ForTurnAsync(context.Turn.Activity, cancellationToken));
        await context.Turn.SendCardAsync(IncidentReportForm.FromText(text, DateOnly.FromDateTime(time.GetUtcNow().UtcDateTime), language), cancellationToken);
        return true;
    }

    /// <summary>The message as typed (the verb is lower-cased by the parser), without the bot's mention.</summary>
    private static string OriginalText(ChatCommandContext context)
    {
        var typed = context.Turn.Activity.Text;
        if (!string.IsNullOrWhiteSpace(typed))
        {
            return MentionPattern().Replace(typed, string.Empty).Trim();
        }

        return string.IsNullOrWhiteSpace(context.Arguments) ? context.Verb : $"{context.Verb} {context.Arguments}";
    }

    [GeneratedRegex("<at>.*?</at>", RegexOptions.IgnoreCase | RegexOptions.Singleline, matchTimeoutMilliseconds: 200)]
    private static partial Regex MentionPattern();
}

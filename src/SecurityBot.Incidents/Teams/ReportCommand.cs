using SecurityBot.Platform.Chat;
using SecurityBot.Platform.Regional;

namespace SecurityBot.Incidents.Teams;

/// <summary>"report" opens the report form; "report &lt;what happened&gt;" opens it pre-filled from the text. In the sender's language.</summary>
internal sealed class ReportCommand(ITimeDisplays readers, TimeProvider time) : IChatCommand
{
    public IReadOnlyList<string> Verbs { get; } = ["report"];

    public CommandHelp Help { get; } = CommandHelp.Defaults.First(c => c.Keyword == "report");

    public async Task HandleAsync(ChatCommandContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        var today = DateOnly.FromDateTime(time.GetUtcNow().UtcDateTime);
        var text = IncidentLanguage.For(await readers.ForTurnAsync(context.Turn.Activity, cancellationToken));
        var card = string.IsNullOrWhiteSpace(context.Arguments)
            ? IncidentReportForm.Create(today, text)
            : IncidentReportForm.FromText(context.Arguments, today, text);
        await context.Turn.SendCardAsync(card, cancellationToken);
    }
}

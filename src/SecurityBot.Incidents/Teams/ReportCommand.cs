using SecurityBot.Platform.Chat;

namespace SecurityBot.Incidents.Teams;

/// <summary>"report" opens the report form; "report &lt;what happened&gt;" opens it pre-filled from the text.</summary>
internal sealed class ReportCommand(TimeProvider time) : IChatCommand
{
    public IReadOnlyList<string> Verbs { get; } = ["report"];

    public CommandHelp Help { get; } = CommandHelp.Defaults.First(c => c.Keyword == "report");

    public async Task HandleAsync(ChatCommandContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        var today = DateOnly.FromDateTime(time.GetUtcNow().UtcDateTime);
        var card = string.IsNullOrWhiteSpace(context.Arguments)
            ? IncidentReportForm.Create(today)
            : IncidentReportForm.FromText(context.Arguments, today);
        await context.Turn.SendCardAsync(card, cancellationToken);
    }
}

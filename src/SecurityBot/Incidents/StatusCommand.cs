using SecurityBot.Conversation;
using SecurityBot.Core.Incidents;

namespace SecurityBot.Incidents;

/// <summary>
/// "status" lists my open reports; "status INC-000042" (or "incident INC-000042") shows one — reporters see their
/// own, security roles see any, and responders get the triage buttons.
/// </summary>
internal sealed class StatusCommand(IIncidentService incidents) : IChatCommand
{
    public const int MaxListed = 10;

    public IReadOnlyList<string> Verbs { get; } = ["status", "incident", "incidents"];

    public CommandHelp Help { get; } = CommandHelp.Defaults.First(c => c.Keyword == "status");

    public async Task HandleAsync(ChatCommandContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        var userId = context.Actor.AadObjectId;
        if (string.IsNullOrWhiteSpace(context.Arguments))
        {
            var mine = await incidents.ListOpenReportedByAsync(userId, MaxListed, cancellationToken);
            await context.Turn.SendCardAsync(IncidentListCard.Create(mine), cancellationToken);
            return;
        }

        var argument = context.Arguments.Split(' ', 2, StringSplitOptions.RemoveEmptyEntries)[0];
        var incident = IncidentNumber.TryParse(argument, out var number)
            ? await incidents.FindVisibleAsync(number, userId, cancellationToken)
            : null;
        if (incident is null)
        {
            await context.Turn.SendCardAsync(
                NoticeCard.Error("I couldn't find that incident", $"There is no incident '{argument}' that you can see.", "Type status to see your open reports."),
                cancellationToken);
            return;
        }

        var audience = incident.IsReporter(userId)
            ? IncidentCardAudience.Reporter
            : IncidentCardAudience.Responder; // FindVisibleAsync only returns others' incidents to people who may triage
        await context.Turn.SendCardAsync(IncidentCard.Create(incident, audience, []), cancellationToken);
    }
}

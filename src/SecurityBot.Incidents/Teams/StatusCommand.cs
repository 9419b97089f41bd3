using SecurityBot.Incidents.Teams.Resources;
using SecurityBot.Platform.Chat;
using SecurityBot.Platform.Regional;

namespace SecurityBot.Incidents.Teams;

/// <summary>
/// "status" lists my open reports; "status INC-000042" (or "incident INC-000042") shows one — reporters see their
/// own report, security roles see any incident, and responders get the triage buttons. Every answer is for the asker
/// only: asked in a channel or group chat, it goes to their 1:1 chat (<see cref="PrivateReplies"/>).
/// </summary>
internal sealed class StatusCommand(IIncidentService incidents, PrivateReplies replies, CrisisRoomOffer crisisRooms, ITimeDisplays readers) : IChatCommand
{
    public const int MaxListed = 10;

    public IReadOnlyList<string> Verbs { get; } = ["status", "incident", "incidents"];

    public CommandHelp Help { get; } = CommandHelp.Defaults.First(c => c.Keyword == "status");

    public async Task HandleAsync(ChatCommandContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        var userId = context.Actor.AadObjectId;
        // Always answered in the asker's 1:1 chat: their own times.
        var reader = await readers.ForAsync(userId, cancellationToken);
        var text = IncidentLanguage.For(reader);
        if (string.IsNullOrWhiteSpace(context.Arguments))
        {
            var mine = await incidents.ListOpenReportedByAsync(userId, MaxListed, cancellationToken);
            await replies.SendAsync(context, IncidentListCard.Create(mine, userId, reader), cancellationToken);
            return;
        }

        var argument = context.Arguments.Split(' ', 2, StringSplitOptions.RemoveEmptyEntries)[0];
        var incident = IncidentNumber.TryParse(argument, out var number)
            ? await incidents.FindVisibleAsync(number, userId, cancellationToken)
            : null;
        if (incident is null)
        {
            await replies.SendAsync(
                context,
                NoticeCard.Error(text[nameof(IncidentTexts.NotFound_Title)], text.Format(nameof(IncidentTexts.NotFound_Text), argument), text[nameof(IncidentTexts.NotFound_Hint)]),
                cancellationToken);
            return;
        }

        var audience = incident.IsReporter(userId)
            ? IncidentCardAudience.Reporter
            : IncidentCardAudience.Responder; // FindVisibleAsync only returns others' incidents to people who may triage
        await replies.SendAsync(context, IncidentCard.Create(incident, audience, [], reader, reporterId: userId, crisisRoom: crisisRooms.For(incident)), cancellationToken);
    }
}

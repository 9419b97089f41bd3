namespace SecurityBot.Crisis.Teams;

/// <summary>
/// The room's commands: "update …" (a stakeholder update), and "note …", "assign …", "severity …", which act on the
/// room's incident with the triage card's authorization (the incidents capability checks it). They work only in a
/// crisis room: the room is found by the conversation, never by anything typed.
/// </summary>
internal sealed class CrisisCommand(
    CrisisRoomStore rooms,
    StakeholderUpdates updates,
    IIncidentActions incidents,
    AssigneeLookup assignees,
    ActorResolver actors) : IChatCommand
{
    public IReadOnlyList<string> Verbs { get; } = ["update", "note", "assign", "severity"];

    public CommandHelp Help { get; } = new("update",
        "update <status> impact: <who is affected> — in a crisis room: a stakeholder update (also note, assign, severity)");

    public async Task HandleAsync(ChatCommandContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        var chatId = context.Turn.Activity.Conversation?.Id;
        var actor = await actors.ResolveAsync(context.Actor, cancellationToken);
        CrisisOutcome outcome;
        if (context.Verb == "update")
        {
            outcome = chatId is null ? CrisisOutcome.NotARoom : await updates.PostAsync(chatId, actor, context.Arguments, cancellationToken);
        }
        else
        {
            var room = chatId is null ? null : await rooms.FindByChatAsync(chatId, cancellationToken);
            outcome = room is null ? CrisisOutcome.NotARoom : await ActAsync(context, room, actor, cancellationToken);
        }

        await context.Turn.SendCardAsync(outcome.Succeeded
            ? NoticeCard.Success("Done", outcome.Message)
            : NoticeCard.Error("Nothing changed", outcome.Message, Usage(context.Verb)), cancellationToken);
    }

    private async Task<CrisisOutcome> ActAsync(ChatCommandContext context, CrisisRoom room, ResolvedActor actor, CancellationToken cancellationToken)
    {
        var name = actor.Name ?? "Unknown user";
        IncidentActionRequest request;
        switch (context.Verb)
        {
            case "note":
                if (string.IsNullOrWhiteSpace(context.Arguments))
                {
                    return new CrisisOutcome(UseCaseStatus.Invalid, "Say what to note.");
                }

                request = new IncidentActionRequest(room.IncidentNumber, IncidentCommand.AddNote, actor.Id, name, Text: context.Arguments);
                break;
            case "assign":
                if (await assignees.FindAsync(context.Turn.Activity, room, context.Arguments, cancellationToken) is not { } assignee)
                {
                    return new CrisisOutcome(UseCaseStatus.Invalid, "I could not tell who to assign: mention them, or give their e-mail address.");
                }

                request = new IncidentActionRequest(room.IncidentNumber, IncidentCommand.Assign, actor.Id, name, AssigneeId: assignee.Id);
                break;
            default:
                if (!Enum.TryParse<IncidentSeverity>(context.Arguments.Trim(), ignoreCase: true, out var severity)
                    || !Enum.IsDefined(severity) || int.TryParse(context.Arguments.Trim(), out _))
                {
                    return new CrisisOutcome(UseCaseStatus.Invalid, "Give one of low, medium, high or critical.");
                }

                request = new IncidentActionRequest(room.IncidentNumber, IncidentCommand.ChangeSeverity, actor.Id, name, Severity: severity);
                break;
        }

        var result = await incidents.ActAsync(request, cancellationToken);
        return new CrisisOutcome(result.Status, result.Message);
    }

    private static string Usage(string verb) => verb switch
    {
        "update" => "Type: @SecurityBot update <status> impact: <who is affected>",
        "note" => "Type: @SecurityBot note <text>",
        "assign" => "Type: @SecurityBot assign @person",
        _ => "Type: @SecurityBot severity <low|medium|high|critical>",
    };
}

namespace SecurityBot.Crisis.Teams;

/// <summary>
/// "export" in a crisis room: the whole record (review, follow-ups, stakeholder updates, timeline) as Markdown, sent
/// to the asker's 1:1 chat (<see cref="PrivateReplies"/>): a room member or someone who may triage. The room is found
/// by the conversation, never by anything typed.
/// </summary>
internal sealed class ExportCommand(ReviewExport export, PrivateReplies replies) : IChatCommand
{
    public IReadOnlyList<string> Verbs { get; } = ["export"];

    public CommandHelp Help { get; } = new("export", "export — in a crisis room: the review, follow-ups, stakeholder updates and timeline as Markdown, sent to you privately");

    public async Task HandleAsync(ChatCommandContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        var chatId = context.Turn.Activity.Conversation?.Id;
        var (outcome, markdown) = chatId is null
            ? (CrisisOutcome.NotARoom, null)
            : await export.ExportAsync(chatId, context.Actor.AadObjectId, cancellationToken);
        if (markdown is null)
        {
            await context.Turn.SendCardAsync(NoticeCard.Error("Nothing exported", outcome.Message, "Type export in the crisis room of the incident."), cancellationToken);
            return;
        }

        await replies.SendAsync(context, ReviewExportMessage.Create(markdown), cancellationToken);
    }
}

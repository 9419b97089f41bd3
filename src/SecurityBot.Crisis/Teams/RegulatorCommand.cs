namespace SecurityBot.Crisis.Teams;

/// <summary>
/// The regulator's clock in a crisis room: "breach" (personal data is involved: the clock starts), "notified
/// [authority's reference]" and "no-notification &lt;reason&gt;". Only in a crisis room — found by the conversation,
/// never by anything typed; who may do what is decided on the server (<see cref="RegulatorClocks"/>).
/// </summary>
internal sealed class RegulatorCommand(RegulatorClocks clocks, ActorResolver actors) : IChatCommand
{
    public const string Breach = "breach";
    public const string Notified = "notified";
    public const string NoNotification = "no-notification";

    public IReadOnlyList<string> Verbs { get; } = [Breach, Notified, NoNotification];

    public CommandHelp Help { get; } = new(Breach,
        "breach — in a crisis room: personal data is involved, start the regulator's 72-hour clock (also notified, no-notification)");

    public async Task HandleAsync(ChatCommandContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        var chatId = context.Turn.Activity.Conversation?.Id;
        var actor = await actors.ResolveAsync(context.Actor, cancellationToken);
        var outcome = chatId is null ? CrisisOutcome.NotARoom : context.Verb switch
        {
            Breach => await clocks.MarkAsync(chatId, actor, cancellationToken),
            Notified => await clocks.NotifiedAsync(chatId, actor, context.Arguments, cancellationToken),
            _ => await clocks.NotNotifiableAsync(chatId, actor, context.Arguments, cancellationToken),
        };

        await context.Turn.SendCardAsync(outcome.Succeeded
            ? NoticeCard.Success("Done", outcome.Message)
            : NoticeCard.Error("Nothing changed", outcome.Message, Usage(context.Verb)), cancellationToken);
    }

    private static string Usage(string verb) => verb switch
    {
        Breach => "Type: @SecurityBot breach",
        Notified => "Type: @SecurityBot notified <the authority's reference, if any>",
        _ => "Type: @SecurityBot no-notification <why no notification is needed>",
    };
}

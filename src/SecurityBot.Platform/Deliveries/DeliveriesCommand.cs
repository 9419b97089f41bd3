using SecurityBot.Platform.Chat;
using SecurityBot.Platform.Regional;

namespace SecurityBot.Platform.Deliveries;

/// <summary>
/// "admin deliveries": the people SecurityBot cannot reach and the messages it could not deliver, with Retry. Only the
/// security roles (<see cref="DeliveriesAccess"/>) see it; everyone else is refused before anything is read, as for
/// the other role-gated commands. Asked in a channel or group chat, the list goes to the asker's 1:1 chat.
/// </summary>
internal sealed class DeliveriesCommand(DeliveriesAccess access, DeliveriesReport report, PrivateReplies replies, ITimeDisplays readers) : IChatCommand
{
    public IReadOnlyList<string> Verbs { get; } = ["admin deliveries"];

    public CommandHelp Help { get; } = new("admin deliveries", "admin deliveries — people SecurityBot cannot reach and messages it could not deliver, with Retry (security team, security lead and CSO)");

    public async Task HandleAsync(ChatCommandContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (!await access.MayAdministerAsync(context.Actor.AadObjectId, cancellationToken))
        {
            await context.Turn.SendCardAsync(DeliveriesRefusal.Card(), cancellationToken);
            return;
        }

        await replies.SendAsync(context, DeliveriesCard.Create(await report.ReadAsync(cancellationToken), await readers.ForAsync(context.Actor.AadObjectId, cancellationToken)), cancellationToken);
    }
}

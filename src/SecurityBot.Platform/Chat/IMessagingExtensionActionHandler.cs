using SecurityBot.BotFramework.Builder;
using SecurityBot.BotFramework.Schema.Teams;

namespace SecurityBot.Platform.Chat;

/// <summary>
/// Answers composeExtension/fetchTask and composeExtension/submitAction for one action command id (declared in the
/// manifest, e.g. a message action). Both are invokes: Teams waits for the answer, so keep them quick and leave slow
/// work to the outbox.
/// </summary>
public interface IMessagingExtensionActionHandler
{
    string CommandId { get; }

    Task<MessagingExtensionActionResponse> FetchTaskAsync(ITurnContext turn, Actor actor, MessagingExtensionAction action, CancellationToken cancellationToken);

    Task<MessagingExtensionActionResponse> SubmitAsync(ITurnContext turn, Actor actor, MessagingExtensionAction action, CancellationToken cancellationToken);
}

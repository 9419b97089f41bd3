using SecurityBot.BotFramework.Builder;
using SecurityBot.BotFramework.Schema.Teams;

namespace SecurityBot.Platform.Chat;

/// <summary>Answers composeExtension/query for one message extension command id (declared in the manifest).</summary>
public interface IMessagingExtensionQueryHandler
{
    string CommandId { get; }

    Task<MessagingExtensionResponse> HandleAsync(ITurnContext turn, Actor actor, MessagingExtensionQuery query, CancellationToken cancellationToken);
}

using SecurityBot.BotFramework.Schema;
using SecurityBot.BotFramework.Schema.Teams;

namespace SecurityBot.BotFramework.Connector;

/// <summary>
/// The Bot Connector REST API (v3) as Teams exposes it. <c>serviceUrl</c> is used exactly as received on an
/// authenticated activity (path included, e.g. https://smba.trafficmanager.net/amer/); a service URL that is not
/// trusted is refused before any token is attached. Failures surface as <see cref="ConnectorException"/>.
/// </summary>
public interface IConnectorClient
{
    Task<ResourceResponse> SendToConversationAsync(string serviceUrl, string conversationId, Activity activity, CancellationToken ct);

    Task<ResourceResponse> ReplyToActivityAsync(string serviceUrl, string conversationId, string activityId, Activity activity, CancellationToken ct);

    Task<ResourceResponse> UpdateActivityAsync(string serviceUrl, string conversationId, string activityId, Activity activity, CancellationToken ct);

    Task DeleteActivityAsync(string serviceUrl, string conversationId, string activityId, CancellationToken ct);

    Task<ConversationResourceResponse> CreateConversationAsync(string serviceUrl, ConversationParameters parameters, CancellationToken ct);

    Task<TeamsChannelAccount> GetConversationMemberAsync(string serviceUrl, string conversationId, string memberId, CancellationToken ct);
}

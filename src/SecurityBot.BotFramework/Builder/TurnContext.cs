using System.Security.Claims;
using SecurityBot.BotFramework.Connector;
using SecurityBot.BotFramework.Schema;

namespace SecurityBot.BotFramework.Builder;

/// <summary>
/// The turn of one authenticated inbound activity. Replies go to the activity's conversation through the
/// connector at the serviceUrl the activity came from; an invokeResponse activity becomes the HTTP response.
/// </summary>
public sealed class TurnContext(Activity activity, ClaimsIdentity? identity, IConnectorClient connector) : ITurnContext
{
    /// <summary>TurnState key of the <see cref="Schema.InvokeResponse"/> set during the turn.</summary>
    public const string InvokeResponseKey = "BotFramework.InvokeResponse";

    public Activity Activity { get; } = activity ?? throw new ArgumentNullException(nameof(activity));

    public ClaimsIdentity? Identity { get; } = identity;

    public bool Responded { get; private set; }

    public IDictionary<string, object> TurnState { get; } = new Dictionary<string, object>(StringComparer.Ordinal);

    public InvokeResponse? InvokeResponse => TurnState.TryGetValue(InvokeResponseKey, out var value) ? value as InvokeResponse : null;

    public async Task<ResourceResponse?> SendActivityAsync(Activity activity, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(activity);
        if (activity.Type == ActivityTypes.InvokeResponse)
        {
            TurnState[InvokeResponseKey] = activity.Value as InvokeResponse ?? new InvokeResponse { Status = 200, Body = activity.Value };
            Responded = true;
            return null;
        }

        var (serviceUrl, conversationId) = Target();
        Activity.AddressReply(activity);
        var response = string.IsNullOrEmpty(Activity.Id)
            ? await connector.SendToConversationAsync(serviceUrl, conversationId, activity, cancellationToken)
            : await connector.ReplyToActivityAsync(serviceUrl, conversationId, Activity.Id, activity, cancellationToken);
        Responded = true;
        return response;
    }

    public Task<ResourceResponse?> SendActivityAsync(string text, CancellationToken cancellationToken = default) =>
        SendActivityAsync(Activity.CreateMessageActivity(text), cancellationToken);

    public async Task<ResourceResponse?> UpdateActivityAsync(Activity activity, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(activity);
        ArgumentException.ThrowIfNullOrEmpty(activity.Id, "activity.Id");
        var (serviceUrl, conversationId) = Target();
        Activity.AddressReply(activity);
        return await connector.UpdateActivityAsync(serviceUrl, conversationId, activity.Id, activity, cancellationToken);
    }

    public Task DeleteActivityAsync(string activityId, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(activityId);
        var (serviceUrl, conversationId) = Target();
        return connector.DeleteActivityAsync(serviceUrl, conversationId, activityId, cancellationToken);
    }

    private (string ServiceUrl, string ConversationId) Target()
    {
        var serviceUrl = Activity.ServiceUrl;
        var conversationId = Activity.Conversation?.Id;
        if (string.IsNullOrEmpty(serviceUrl) || string.IsNullOrEmpty(conversationId))
        {
            throw new InvalidOperationException("The inbound activity has no serviceUrl or conversation id to answer to.");
        }

        return (serviceUrl, conversationId);
    }
}

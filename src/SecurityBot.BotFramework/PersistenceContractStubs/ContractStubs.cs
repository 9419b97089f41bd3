// TEMPORARY: the persistence helper's copy of the names in CONTRACTS.md, deleted when the lead's READY commit is merged.
#pragma warning disable CA1711
using System.Net;
using System.Security.Claims;
using System.Text.Json;
using SecurityBot.BotFramework.Schema;

namespace SecurityBot.BotFramework.Schema
{
    public class ChannelAccount { public string? Id { get; set; } public string? Name { get; set; } public string? AadObjectId { get; set; } public string? Role { get; set; } }
    public class ConversationAccount { public string? Id { get; set; } public string? Name { get; set; } public string? ConversationType { get; set; } public string? TenantId { get; set; } public bool? IsGroup { get; set; } }
    public class Attachment { public string? ContentType { get; set; } public string? ContentUrl { get; set; } public object? Content { get; set; } public string? Name { get; set; } }
    public class TeamsChannelAccount { public string? Id { get; set; } public string? Name { get; set; } public string? AadObjectId { get; set; } public string? Email { get; set; } public string? UserPrincipalName { get; set; } public string? TenantId { get; set; } }
    public class ConversationParameters { public bool? IsGroup { get; set; } public ChannelAccount? Bot { get; set; } public IList<ChannelAccount>? Members { get; set; } public string? TenantId { get; set; } public Activity? Activity { get; set; } public object? ChannelData { get; set; } }
    public class ConversationResourceResponse { public string? Id { get; set; } public string? ActivityId { get; set; } public string? ServiceUrl { get; set; } }
    public class ResourceResponse { public string? Id { get; set; } }
    public class Activity
    {
        public string? Type { get; set; }
        public string? Id { get; set; }
        public string? ServiceUrl { get; set; }
        public string? ChannelId { get; set; }
        public ChannelAccount? From { get; set; }
        public ConversationAccount? Conversation { get; set; }
        public ChannelAccount? Recipient { get; set; }
        public string? Text { get; set; }
        public IList<Attachment>? Attachments { get; set; }
        public JsonElement? ChannelData { get; set; }
        public string? TenantId => Conversation?.TenantId;
        public static Activity CreateMessageActivity() => new() { Type = "message" };
    }
}

namespace SecurityBot.BotFramework.Connector
{
    public interface IConnectorClient
    {
        Task<ResourceResponse> SendToConversationAsync(string serviceUrl, string conversationId, Activity activity, CancellationToken ct);
        Task<ResourceResponse> ReplyToActivityAsync(string serviceUrl, string conversationId, string activityId, Activity activity, CancellationToken ct);
        Task<ResourceResponse> UpdateActivityAsync(string serviceUrl, string conversationId, string activityId, Activity activity, CancellationToken ct);
        Task DeleteActivityAsync(string serviceUrl, string conversationId, string activityId, CancellationToken ct);
        Task<ConversationResourceResponse> CreateConversationAsync(string serviceUrl, ConversationParameters parameters, CancellationToken ct);
        Task<TeamsChannelAccount> GetConversationMemberAsync(string serviceUrl, string conversationId, string memberId, CancellationToken ct);
    }
    public class ConnectorException : Exception
    {
        public ConnectorException(HttpStatusCode statusCode, string message, TimeSpan? retryAfter = null, string? errorCode = null) : base(message) { StatusCode = statusCode; RetryAfter = retryAfter; ErrorCode = errorCode; }
        public HttpStatusCode StatusCode { get; }
        public TimeSpan? RetryAfter { get; }
        public string? ErrorCode { get; }
    }
    public interface IServiceUrlTrust { bool IsTrusted(string url); void Trust(string url); }
}

namespace SecurityBot.BotFramework.Builder
{
    public delegate Task NextDelegate(CancellationToken cancellationToken);
    public interface ITurnContext { Activity Activity { get; } ClaimsIdentity? Identity { get; } }
    public interface IMiddleware { Task OnTurnAsync(ITurnContext turnContext, NextDelegate next, CancellationToken cancellationToken); }
}

namespace SecurityBot.Platform.Notifications;

/// <summary>
/// Who a notification goes to: a person (resolved to their 1:1 conversation with the bot at send time, so a
/// reference recorded after the enqueue still works) or an explicit conversation such as a channel.
/// </summary>
public sealed record NotificationRecipient
{
    private NotificationRecipient(string? userAadObjectId, string? conversationId, string? serviceUrl, string? tenantId)
    {
        UserAadObjectId = userAadObjectId;
        ConversationId = conversationId;
        ServiceUrl = serviceUrl;
        TenantId = tenantId;
    }

    /// <summary>Entra ID (AAD) object id of the person; null for a conversation recipient.</summary>
    public string? UserAadObjectId { get; }

    /// <summary>Bot Framework conversation id; null for a person until the dispatcher resolves it.</summary>
    public string? ConversationId { get; }

    /// <summary>Connector service URL of the conversation; null for a person.</summary>
    public string? ServiceUrl { get; }

    /// <summary>Tenant of the recipient, used for the per-tenant rate limit; optional for a person.</summary>
    public string? TenantId { get; }

    /// <summary>A person, reached in their personal chat with the bot.</summary>
    public static NotificationRecipient User(string aadObjectId, string? tenantId = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(aadObjectId);
        return new NotificationRecipient(aadObjectId, null, null, tenantId);
    }

    /// <summary>An explicit conversation (channel, group chat) the bot already knows.</summary>
    public static NotificationRecipient Conversation(string conversationId, string serviceUrl, string? tenantId)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(conversationId);
        ArgumentException.ThrowIfNullOrWhiteSpace(serviceUrl);
        return new NotificationRecipient(null, conversationId, serviceUrl, tenantId);
    }
}

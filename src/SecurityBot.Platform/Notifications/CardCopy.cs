namespace SecurityBot.Platform.Notifications;

/// <summary>
/// One card about an entity that somebody can see (and click) in Teams. Recorded so every state change of the
/// entity updates every copy and nobody acts on a stale card.
/// </summary>
public sealed class CardCopy
{
    private CardCopy()
    {
        EntityType = EntityId = ConversationId = ActivityId = ServiceUrl = string.Empty;
    }

    public CardCopy(string entityType, string entityId, long version, string conversationId, string activityId, string serviceUrl,
        string? recipientAadObjectId, string? tenantId, DateTimeOffset now)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(entityType);
        ArgumentException.ThrowIfNullOrWhiteSpace(entityId);
        ArgumentException.ThrowIfNullOrWhiteSpace(conversationId);
        ArgumentException.ThrowIfNullOrWhiteSpace(activityId);
        ArgumentException.ThrowIfNullOrWhiteSpace(serviceUrl);
        Id = Guid.CreateVersion7(now);
        EntityType = entityType;
        EntityId = entityId;
        LastVersionRendered = version;
        ConversationId = conversationId;
        ActivityId = activityId;
        ServiceUrl = serviceUrl;
        RecipientAadObjectId = recipientAadObjectId;
        TenantId = tenantId;
        CreatedAt = UpdatedAt = now;
    }

    public Guid Id { get; private set; }

    public string EntityType { get; private set; }

    public string EntityId { get; private set; }

    public string ConversationId { get; private set; }

    public string ActivityId { get; private set; }

    public string ServiceUrl { get; private set; }

    public string? RecipientAadObjectId { get; private set; }

    public string? TenantId { get; private set; }

    /// <summary>Entity version the copy shows now.</summary>
    public long LastVersionRendered { get; private set; }

    public DateTimeOffset CreatedAt { get; private set; }

    public DateTimeOffset UpdatedAt { get; private set; }

    /// <summary>Versions only move forward: a late, older update never overwrites a newer one.</summary>
    public bool RecordRendered(long version, DateTimeOffset now)
    {
        if (version <= LastVersionRendered)
        {
            return false;
        }

        LastVersionRendered = version;
        UpdatedAt = now;
        return true;
    }
}

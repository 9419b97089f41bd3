namespace SecurityBot.Platform.Conversations;

/// <summary>
/// Where the bot can reach a person (or a channel a person wrote in): everything a proactive send needs, kept
/// across restarts. One row per (conversation, person).
/// </summary>
public sealed class ConversationReferenceRecord
{
    public const string PersonalConversationType = "personal";

    private ConversationReferenceRecord()
    {
        UserAadObjectId = TeamsUserId = ConversationId = ServiceUrl = ChannelId = string.Empty;
    }

    public ConversationReferenceRecord(ConversationSnapshot snapshot, DateTimeOffset now)
        : this()
    {
        ArgumentNullException.ThrowIfNull(snapshot);
        Id = Guid.CreateVersion7(now);
        UserAadObjectId = snapshot.UserAadObjectId;
        ConversationId = snapshot.ConversationId;
        Refresh(snapshot, now);
    }

    public Guid Id { get; private set; }

    public string? TenantId { get; private set; }

    public string UserAadObjectId { get; private set; }

    /// <summary>The Teams user id ("29:..."), needed to recreate a 1:1 conversation.</summary>
    public string TeamsUserId { get; private set; }

    public string ConversationId { get; private set; }

    /// <summary>"personal", "groupChat" or "channel".</summary>
    public string? ConversationType { get; private set; }

    public string ServiceUrl { get; private set; }

    public string? BotId { get; private set; }

    public string ChannelId { get; private set; }

    /// <summary>When the stored values last changed (not when the person was last seen: unchanged activities are not written).</summary>
    public DateTimeOffset UpdatedAt { get; private set; }

    /// <summary>Teams refused delivery (403: the person blocked or removed the app); cleared when they write again.</summary>
    public bool Undeliverable { get; private set; }

    public string? UndeliverableReason { get; private set; }

    public DateTimeOffset? UndeliverableAt { get; private set; }

    public bool IsPersonal => string.Equals(ConversationType, PersonalConversationType, StringComparison.OrdinalIgnoreCase);

    public ConversationSnapshot ToSnapshot() =>
        new(TenantId, UserAadObjectId, TeamsUserId, ConversationId, ConversationType, ServiceUrl, BotId, ChannelId);

    /// <summary>Applies what a new inbound activity says; returns false when nothing changed (no write needed).</summary>
    public bool Refresh(ConversationSnapshot snapshot, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(snapshot);
        if (!string.Equals(snapshot.ConversationId, ConversationId, StringComparison.Ordinal)
            || !string.Equals(snapshot.UserAadObjectId, UserAadObjectId, StringComparison.Ordinal))
        {
            throw new InvalidOperationException("A snapshot of another conversation or person cannot refresh this reference.");
        }

        // The person wrote to us, so the bot is reachable again.
        var changed = Undeliverable || snapshot != ToSnapshot();
        if (!changed)
        {
            return false;
        }

        TenantId = snapshot.TenantId;
        TeamsUserId = snapshot.TeamsUserId;
        ConversationType = snapshot.ConversationType;
        ServiceUrl = snapshot.ServiceUrl;
        BotId = snapshot.BotId;
        ChannelId = snapshot.ChannelId;
        Undeliverable = false;
        UndeliverableReason = null;
        UndeliverableAt = null;
        UpdatedAt = now;
        return true;
    }

    /// <summary>Teams refused delivery; a refusal while already unreachable keeps the first one's time (the episode's "since").</summary>
    public void MarkUndeliverable(string reason, DateTimeOffset now)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(reason);
        UndeliverableReason = reason.Length > 500 ? reason[..500] : reason;
        UndeliverableAt = Undeliverable ? UndeliverableAt ?? now : now;
        Undeliverable = true;
        UpdatedAt = now;
    }

    /// <summary>After Teams lost the 1:1 conversation and the bot created a new one.</summary>
    public void MoveToConversation(string conversationId, DateTimeOffset now)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(conversationId);
        if (!IsPersonal)
        {
            throw new InvalidOperationException("Only a personal conversation can be recreated.");
        }

        ConversationId = conversationId;
        UpdatedAt = now;
    }
}

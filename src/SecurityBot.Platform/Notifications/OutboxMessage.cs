namespace SecurityBot.Platform.Notifications;

/// <summary>
/// One notification owed to someone, stored with the state change that caused it. The lease columns let exactly one
/// dispatcher (of possibly several instances) work on it at a time; the status methods refuse illegal transitions.
/// </summary>
public sealed class OutboxMessage
{
    public const int MaxErrorLength = 1000;

    private OutboxMessage()
    {
        ActivityJson = IdempotencyKey = string.Empty;
    }

    private OutboxMessage(NotificationKind kind, NotificationRecipient recipient, string activityJson, string idempotencyKey,
        EntityRef? entity, long? entityVersion, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(recipient);
        ArgumentException.ThrowIfNullOrWhiteSpace(activityJson);
        ArgumentException.ThrowIfNullOrWhiteSpace(idempotencyKey);
        Id = Guid.CreateVersion7(now);
        Kind = kind;
        Status = OutboxStatus.Pending;
        TenantId = recipient.TenantId;
        RecipientAadObjectId = recipient.UserAadObjectId;
        ConversationId = recipient.ConversationId;
        ServiceUrl = recipient.ServiceUrl;
        ActivityJson = activityJson;
        IdempotencyKey = idempotencyKey;
        EntityType = entity?.Type;
        EntityId = entity?.Id;
        EntityVersion = entityVersion;
        CreatedAt = now;
        NextAttemptAt = now;
    }

    public static OutboxMessage NewMessage(OutboundNotification notification, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(notification);
        return new OutboxMessage(NotificationKind.NewMessage, notification.Recipient, notification.ActivityJson,
            notification.IdempotencyKey, notification.Entity, notification.EntityVersion, now);
    }

    public static OutboxMessage CardUpdate(CardCopy copy, long version, string activityJson, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(copy);
        var recipient = NotificationRecipient.Conversation(copy.ConversationId, copy.ServiceUrl, copy.TenantId);
        return new OutboxMessage(NotificationKind.UpdateCardCopy, recipient, activityJson,
            $"card-copy:{copy.Id:N}:v{version}", new EntityRef(copy.EntityType, copy.EntityId), version, now)
        {
            RecipientAadObjectId = copy.RecipientAadObjectId,
            TargetActivityId = copy.ActivityId,
        };
    }

    public Guid Id { get; private set; }

    public NotificationKind Kind { get; private set; }

    public OutboxStatus Status { get; private set; }

    public string? TenantId { get; private set; }

    /// <summary>The person; the dispatcher resolves their personal conversation at send time.</summary>
    public string? RecipientAadObjectId { get; private set; }

    /// <summary>Explicit conversation (channel, or a card copy's conversation); null for a person.</summary>
    public string? ConversationId { get; private set; }

    public string? ServiceUrl { get; private set; }

    /// <summary>For a card update: the activity being replaced.</summary>
    public string? TargetActivityId { get; private set; }

    public string ActivityJson { get; private set; }

    public string? EntityType { get; private set; }

    public string? EntityId { get; private set; }

    public long? EntityVersion { get; private set; }

    public string IdempotencyKey { get; private set; }

    public int Attempts { get; private set; }

    public DateTimeOffset NextAttemptAt { get; private set; }

    /// <summary>Lease token of the dispatcher working on this row (a concurrency token: a stale worker cannot commit).</summary>
    public string? LeaseOwner { get; private set; }

    public DateTimeOffset? LeaseUntil { get; private set; }

    /// <summary>The 1:1 conversation was recreated once after a 404; a second 404 is final.</summary>
    public bool ConversationRecreated { get; private set; }

    public DateTimeOffset CreatedAt { get; private set; }

    public DateTimeOffset? DeliveredAt { get; private set; }

    public string? DeliveredConversationId { get; private set; }

    public string? DeliveredActivityId { get; private set; }

    public string? LastError { get; private set; }

    public EntityRef? Entity => EntityType is null || EntityId is null ? null : new EntityRef(EntityType, EntityId);

    /// <summary>Idempotent: delivering an already delivered row changes nothing.</summary>
    public void MarkDelivered(string conversationId, string? activityId, DateTimeOffset now)
    {
        if (Status == OutboxStatus.Delivered)
        {
            return;
        }

        RequirePending();
        Status = OutboxStatus.Delivered;
        DeliveredConversationId = conversationId;
        DeliveredActivityId = activityId ?? TargetActivityId;
        DeliveredAt = now;
        Attempts++;
        ReleaseLease();
    }

    /// <summary>A transient failure: try again later; returns false when attempts are exhausted (the row is dead-lettered).</summary>
    public bool ScheduleRetry(DateTimeOffset notBefore, int maxAttempts, string error)
    {
        RequirePending();
        Attempts++;
        LastError = Truncate(error);
        ReleaseLease();
        if (Attempts >= maxAttempts)
        {
            Status = OutboxStatus.DeadLettered;
            return false;
        }

        NextAttemptAt = notBefore;
        return true;
    }

    public void DeadLetter(string error)
    {
        RequirePending();
        Attempts++;
        Status = OutboxStatus.DeadLettered;
        LastError = Truncate(error);
        ReleaseLease();
    }

    public void MarkUndeliverable(string reason)
    {
        RequirePending();
        Attempts++;
        Status = OutboxStatus.Undeliverable;
        LastError = Truncate(reason);
        ReleaseLease();
    }

    public void Supersede()
    {
        RequirePending();
        Status = OutboxStatus.Superseded;
        ReleaseLease();
    }

    /// <summary>No conversation with the person yet: wait for one instead of retrying blindly.</summary>
    public void WaitForReference(string reason)
    {
        RequirePending();
        if (RecipientAadObjectId is null)
        {
            throw new InvalidOperationException("Only a notification to a person can wait for their conversation.");
        }

        Status = OutboxStatus.WaitingForReference;
        LastError = Truncate(reason);
        ReleaseLease();
    }

    /// <summary>The person now has a conversation: send as soon as possible.</summary>
    public void WakeUp(DateTimeOffset now)
    {
        if (Status != OutboxStatus.WaitingForReference)
        {
            return;
        }

        Status = OutboxStatus.Pending;
        NextAttemptAt = now;
    }

    public void RecordConversationRecreated()
    {
        RequirePending();
        if (ConversationRecreated)
        {
            throw new InvalidOperationException("The conversation is recreated at most once per notification.");
        }

        ConversationRecreated = true;
    }

    /// <summary>A newer rendering of a not yet delivered card replaces the payload (nobody sees the stale one).</summary>
    public void Rerender(long version, string activityJson)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(activityJson);
        if (Status is not (OutboxStatus.Pending or OutboxStatus.WaitingForReference) || version <= (EntityVersion ?? long.MinValue))
        {
            return;
        }

        ActivityJson = activityJson;
        EntityVersion = version;
    }

    /// <summary>
    /// An administrator's retry of a dead-lettered (or given-up) row: pending again now, with a fresh count of
    /// attempts. Returns false and changes nothing when the row is not dead-lettered (already queued again, delivered).
    /// </summary>
    public bool Requeue(DateTimeOffset now)
    {
        if (Status != OutboxStatus.DeadLettered)
        {
            return false;
        }

        Status = OutboxStatus.Pending;
        Attempts = 0;
        NextAttemptAt = now;
        ReleaseLease();
        return true;
    }

    /// <summary>
    /// Gives the lease back without an attempt: the row was leased too late to be sent safely (its lease nearly out),
    /// and waiting for the lease to run out would only delay it.
    /// </summary>
    public void GiveBackLease()
    {
        if (Status == OutboxStatus.Pending)
        {
            ReleaseLease();
        }
    }

    private void RequirePending()
    {
        if (Status != OutboxStatus.Pending)
        {
            throw new InvalidOperationException($"Outbox row {Id} is {Status}, not Pending.");
        }
    }

    private void ReleaseLease()
    {
        LeaseOwner = null;
        LeaseUntil = null;
    }

    private static string Truncate(string value) => value.Length > MaxErrorLength ? value[..MaxErrorLength] : value;
}

namespace SecurityBot.Integrations.Domain;

/// <summary>
/// One event owed to one endpoint, stored in the unit of work of the change it reports. The body is fixed when the
/// row is written (the subject as it was then); the signature is made at each attempt (its timestamp is the attempt's).
/// Deliveries of one subject to one endpoint go out in <see cref="Sequence"/> order: a row is sent only when no earlier
/// one of its subject is still pending. The lease columns let one dispatcher of possibly several instances work on it.
/// </summary>
internal sealed class WebhookDelivery
{
    public const string TableName = "WebhookDeliveries";
    public const int MaxErrorLength = 1000;

    private WebhookDelivery()
    {
        EndpointName = EventType = SubjectType = SubjectId = PayloadJson = string.Empty;
    }

    public WebhookDelivery(Guid eventId, string endpointName, string eventType, string subjectType, string subjectId, long sequence, string payloadJson, DateTimeOffset now)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(endpointName);
        ArgumentException.ThrowIfNullOrWhiteSpace(payloadJson);
        Id = Guid.CreateVersion7(now);
        EventId = eventId;
        EndpointName = endpointName;
        EventType = eventType;
        SubjectType = subjectType;
        SubjectId = subjectId;
        Sequence = sequence;
        PayloadJson = payloadJson;
        Status = WebhookDeliveryStatus.Pending;
        CreatedAt = now;
        NextAttemptAt = now;
    }

    /// <summary>The delivery id (X-SecurityBot-Delivery): the same on every attempt, so receivers can drop repeats.</summary>
    public Guid Id { get; private set; }

    /// <summary>The event's id (the envelope's "id"): the same for every endpoint it went to.</summary>
    public Guid EventId { get; private set; }

    public string EndpointName { get; private set; }

    public string EventType { get; private set; }

    /// <summary>"incident" or "risk".</summary>
    public string SubjectType { get; private set; }

    /// <summary>The incident or risk number ("INC-000042", "RA-000007").</summary>
    public string SubjectId { get; private set; }

    /// <summary>Order within the subject: its version times 1,000 plus the change's place among those told at that version.</summary>
    public long Sequence { get; private set; }

    public string PayloadJson { get; private set; }

    public WebhookDeliveryStatus Status { get; private set; }

    public int Attempts { get; private set; }

    public DateTimeOffset NextAttemptAt { get; private set; }

    /// <summary>Lease token of the dispatcher working on this row (a concurrency token: a stale worker cannot commit).</summary>
    public string? LeaseOwner { get; private set; }

    public DateTimeOffset? LeaseUntil { get; private set; }

    public DateTimeOffset CreatedAt { get; private set; }

    public DateTimeOffset? DeliveredAt { get; private set; }

    /// <summary>The HTTP status of the last attempt (null: no answer).</summary>
    public int? LastStatusCode { get; private set; }

    public string? LastError { get; private set; }

    public void MarkDelivered(int statusCode, DateTimeOffset now)
    {
        RequirePending();
        Attempts++;
        Status = WebhookDeliveryStatus.Delivered;
        LastStatusCode = statusCode;
        DeliveredAt = now;
        ReleaseLease();
    }

    /// <summary>A failed attempt: tried again at <paramref name="notBefore"/>, or dead-lettered when attempts are exhausted (returns false).</summary>
    public bool RecordFailure(int? statusCode, string error, DateTimeOffset notBefore, int maxAttempts)
    {
        RequirePending();
        Attempts++;
        LastStatusCode = statusCode;
        LastError = Truncate(error);
        ReleaseLease();
        if (Attempts >= maxAttempts)
        {
            Status = WebhookDeliveryStatus.DeadLettered;
            return false;
        }

        NextAttemptAt = notBefore;
        return true;
    }

    /// <summary>A failure retrying cannot fix (a 4xx other than 408/429, the endpoint gone): given up on at once.</summary>
    public void DeadLetter(int? statusCode, string error)
    {
        RequirePending();
        Attempts++;
        LastStatusCode = statusCode;
        LastError = Truncate(error);
        Status = WebhookDeliveryStatus.DeadLettered;
        ReleaseLease();
    }

    /// <summary>An earlier event of the subject is still pending: not an attempt, just not before <paramref name="notBefore"/>.</summary>
    public void WaitBehind(DateTimeOffset notBefore)
    {
        RequirePending();
        NextAttemptAt = notBefore;
        ReleaseLease();
    }

    /// <summary>The event before it was delivered or given up on: due at once.</summary>
    public void WakeUp(DateTimeOffset now)
    {
        if (Status == WebhookDeliveryStatus.Pending && NextAttemptAt > now)
        {
            NextAttemptAt = now;
        }
    }

    /// <summary>Gives the lease back without an attempt (leased too late to send safely).</summary>
    public void GiveBackLease()
    {
        if (Status == WebhookDeliveryStatus.Pending)
        {
            ReleaseLease();
        }
    }

    private void RequirePending()
    {
        if (Status != WebhookDeliveryStatus.Pending)
        {
            throw new InvalidOperationException($"Webhook delivery {Id} is {Status}, not Pending.");
        }
    }

    private void ReleaseLease()
    {
        LeaseOwner = null;
        LeaseUntil = null;
    }

    private static string Truncate(string value) => value.Length > MaxErrorLength ? value[..MaxErrorLength] : value;
}

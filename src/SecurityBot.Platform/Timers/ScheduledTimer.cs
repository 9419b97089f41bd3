namespace SecurityBot.Platform.Timers;

/// <summary>
/// A durable timer: a row, not an in-memory delay, so it survives restarts and fires once across instances.
/// LeaseUntil doubles as "not before" after a failed attempt.
/// </summary>
public sealed class ScheduledTimer
{
    public const int MaxErrorLength = 1000;

    private ScheduledTimer()
    {
        EntityType = EntityId = Kind = string.Empty;
    }

    public ScheduledTimer(string entityType, string entityId, string kind, DateTimeOffset dueAt, string? payloadJson, DateTimeOffset now)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(entityType);
        ArgumentException.ThrowIfNullOrWhiteSpace(entityId);
        ArgumentException.ThrowIfNullOrWhiteSpace(kind);
        Id = Guid.CreateVersion7(now);
        EntityType = entityType;
        EntityId = entityId;
        Kind = kind;
        DueAt = dueAt;
        PayloadJson = payloadJson;
        Status = TimerStatus.Scheduled;
        CreatedAt = now;
    }

    public Guid Id { get; private set; }

    public string EntityType { get; private set; }

    public string EntityId { get; private set; }

    public string Kind { get; private set; }

    public DateTimeOffset DueAt { get; private set; }

    public string? PayloadJson { get; private set; }

    public TimerStatus Status { get; private set; }

    public int Attempts { get; private set; }

    public string? LeaseOwner { get; private set; }

    public DateTimeOffset? LeaseUntil { get; private set; }

    public DateTimeOffset? FiredAt { get; private set; }

    public string? LastError { get; private set; }

    public DateTimeOffset CreatedAt { get; private set; }

    public void Cancel()
    {
        if (Status == TimerStatus.Scheduled)
        {
            Status = TimerStatus.Cancelled;
            LeaseOwner = null;
            LeaseUntil = null;
        }
    }

    /// <summary>The handler failed: retry after <paramref name="notBefore"/>, or give up; returns false when given up.</summary>
    public bool RecordFailure(string error, DateTimeOffset notBefore, int maxAttempts)
    {
        if (Status != TimerStatus.Scheduled)
        {
            throw new InvalidOperationException($"Timer {Id} is {Status}, not Scheduled.");
        }

        Attempts++;
        LastError = error.Length > MaxErrorLength ? error[..MaxErrorLength] : error;
        LeaseOwner = null;
        LeaseUntil = notBefore;
        if (Attempts >= maxAttempts)
        {
            Status = TimerStatus.Failed;
            return false;
        }

        return true;
    }
}

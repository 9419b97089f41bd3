namespace SecurityBot.Platform.Deliveries;

/// <summary>What a Retry press did.</summary>
public enum RetryOutcome
{
    Requeued,
    AlreadyQueued,
    AlreadyDelivered,
    NotFound,
}

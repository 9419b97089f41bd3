namespace SecurityBot.Integrations.Application;

internal enum WebhookAttemptOutcome
{
    /// <summary>A 2xx answer.</summary>
    Delivered = 0,

    /// <summary>5xx, 408, 429, a timeout or a connection error: tried again with backoff.</summary>
    Retry = 1,

    /// <summary>Any other answer (a 4xx, a redirect): retrying would get the same answer.</summary>
    Final = 2,
}

namespace SecurityBot.Integrations.Domain;

/// <summary>Where one webhook delivery stands. 0 is "waiting to be sent": the platform's row leaser leases only those.</summary>
internal enum WebhookDeliveryStatus
{
    Pending = 0,
    Delivered = 1,

    /// <summary>Given up on (attempts exhausted, a final 4xx, or the endpoint removed from configuration): the subject's next event goes on.</summary>
    DeadLettered = 2,
}

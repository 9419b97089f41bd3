using System.ComponentModel.DataAnnotations;

namespace SecurityBot.Integrations.Domain;

/// <summary>
/// The "Integrations:Webhooks" section: where incident and risk-acceptance events are sent, signed, and how their
/// delivery is retried. Validated at start (<see cref="WebhookOptionsValidator"/>): a bad endpoint stops the host
/// instead of losing events later.
/// </summary>
internal sealed class WebhookOptions
{
    public const string SectionName = "Integrations:Webhooks";

    /// <summary>Integrations:Webhooks:Endpoints — the receivers by name (the name is stored with each delivery; keep it stable).</summary>
    public IDictionary<string, WebhookEndpointOptions> Endpoints { get; set; } =
        new Dictionary<string, WebhookEndpointOptions>(StringComparer.OrdinalIgnoreCase);

    /// <summary>Integrations:Webhooks:MaxAttempts — failed attempts (5xx, 408, 429, timeout, connection error) before a delivery is dead-lettered.</summary>
    [Range(1, 100)]
    public int MaxAttempts { get; set; } = 10;

    /// <summary>Integrations:Webhooks:BaseRetryDelaySeconds — first backoff after a failure; doubles per attempt, with jitter (Retry-After wins when longer).</summary>
    [Range(0.05, 3_600)]
    public double BaseRetryDelaySeconds { get; set; } = 5;

    /// <summary>Integrations:Webhooks:MaxRetryDelaySeconds — backoff ceiling.</summary>
    [Range(0.1, 86_400)]
    public double MaxRetryDelaySeconds { get; set; } = 900;

    /// <summary>Integrations:Webhooks:PollIntervalMilliseconds — how often an idle dispatcher looks for due deliveries.</summary>
    [Range(50, 60_000)]
    public int PollIntervalMilliseconds { get; set; } = 1_000;

    /// <summary>Integrations:Webhooks:MaxConcurrency — deliveries in flight at once per instance (each to another subject).</summary>
    [Range(1, 64)]
    public int MaxConcurrency { get; set; } = 4;

    /// <summary>
    /// Integrations:Webhooks:LeaseSeconds — lease of a delivery in hand, renewed while it is sent; after a crash its
    /// deliveries are free for another instance within this. Keep it above the longest endpoint timeout.
    /// </summary>
    [Range(3, 600)]
    public int LeaseSeconds { get; set; } = 60;
}

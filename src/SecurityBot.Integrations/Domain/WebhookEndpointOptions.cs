using System.ComponentModel.DataAnnotations;

namespace SecurityBot.Integrations.Domain;

/// <summary>One receiver: "Integrations:Webhooks:Endpoints:&lt;name&gt;".</summary>
internal sealed class WebhookEndpointOptions
{
    /// <summary>The shortest secret accepted: 32 characters (e.g. 32 random bytes as base64 are 44).</summary>
    public const int MinimumSecretLength = 32;

    /// <summary>…:Url — where events are POSTed: https, or http to a loopback address (a local receiver or relay).</summary>
    [Required]
    public Uri? Url { get; set; }

    /// <summary>…:Secret — this endpoint's HMAC-SHA256 key (at least 32 characters); keep it in a secret store, never in the file.</summary>
    [Required]
    [MinLength(MinimumSecretLength)]
    public string Secret { get; set; } = string.Empty;

    /// <summary>…:Events — the event types sent here ("incident.created", "incident.*", "risk.decided"…); empty: every event.</summary>
    public IList<string> Events { get; set; } = [];

    /// <summary>…:TimeoutSeconds — how long one attempt may take before it counts as failed.</summary>
    [Range(1, 120)]
    public int TimeoutSeconds { get; set; } = 10;

    /// <summary>…:Enabled — false keeps the endpoint configured but queues nothing new for it.</summary>
    public bool Enabled { get; set; } = true;

    /// <summary>Whether events of <paramref name="type"/> go to this endpoint.</summary>
    public bool Wants(string type) =>
        Enabled && (Events.Count == 0 || Events.Any(e => WebhookEventTypes.Matches(e, type)));
}

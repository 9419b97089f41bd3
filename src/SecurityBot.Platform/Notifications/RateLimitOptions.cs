using System.ComponentModel.DataAnnotations;

namespace SecurityBot.Platform.Notifications;

/// <summary>The "Outbox:RateLimits" section; defaults are the published Teams bot limits.</summary>
public sealed class RateLimitOptions
{
    /// <summary>Outbox:RateLimits:PerConversationPerSecond — sends to one conversation in any 1 s.</summary>
    [Range(1, 1_000)]
    public int PerConversationPerSecond { get; set; } = 7;

    /// <summary>Outbox:RateLimits:PerConversationPer2Seconds — sends to one conversation in any 2 s.</summary>
    [Range(1, 1_000)]
    public int PerConversationPer2Seconds { get; set; } = 8;

    /// <summary>Outbox:RateLimits:PerConversationPer30Seconds — sends to one conversation in any 30 s.</summary>
    [Range(1, 10_000)]
    public int PerConversationPer30Seconds { get; set; } = 60;

    /// <summary>Outbox:RateLimits:PerTenantPerSecond — sends by this app into one tenant in any 1 s, all conversations together.</summary>
    [Range(1, 10_000)]
    public int PerTenantPerSecond { get; set; } = 50;

    /// <summary>Outbox:RateLimits:SafetyMarginMilliseconds — added to every window so network jitter does not push a burst over the limit at Teams' end.</summary>
    [Range(0, 1_000)]
    public int SafetyMarginMilliseconds { get; set; } = 50;
}

using System.ComponentModel.DataAnnotations;

namespace SecurityBot.Platform.Notifications;

/// <summary>The "Outbox" configuration section: how notifications are dispatched.</summary>
public sealed class OutboxOptions
{
    public const string SectionName = "Outbox";

    /// <summary>Outbox:PollIntervalMilliseconds — how often an idle dispatcher looks for due rows (it is also woken by local commits).</summary>
    [Range(50, 60_000)]
    public int PollIntervalMilliseconds { get; set; } = 500;

    /// <summary>Outbox:MaxConcurrency — sends in flight at once per instance, and rows leased at most (only what is about to be sent).</summary>
    [Range(1, 256)]
    public int MaxConcurrency { get; set; } = 16;

    /// <summary>
    /// Outbox:LeaseSeconds — lease of a row in hand, renewed every third of it while the instance works on the row;
    /// after a crash its rows are free again within this, so it bounds crash recovery.
    /// </summary>
    [Range(3, 600)]
    public int LeaseSeconds { get; set; } = 10;

    /// <summary>Outbox:MaxAttempts — failed attempts (429, 5xx, network, or anything thrown while delivering) before a row is dead-lettered and the security team told.</summary>
    [Range(1, 100)]
    public int MaxAttempts { get; set; } = 8;

    /// <summary>Outbox:BaseRetryDelaySeconds — first backoff after a transient failure; doubles per attempt (Retry-After wins when longer).</summary>
    [Range(0.1, 3_600)]
    public double BaseRetryDelaySeconds { get; set; } = 2;

    /// <summary>Outbox:MaxRetryDelaySeconds — backoff ceiling.</summary>
    [Range(1, 86_400)]
    public double MaxRetryDelaySeconds { get; set; } = 600;

    /// <summary>Outbox:DefaultServiceUrl — serviceUrl for a person whose chat was found through proactive installation when no reference of their tenant is stored; also list it in Bot:TrustedServiceUrls. Empty: such notifications wait for a reference.</summary>
    public string? DefaultServiceUrl { get; set; }

    /// <summary>
    /// Outbox:ReinstallUnreachable — when Teams refuses a 1:1 message because the person removed or blocked the app,
    /// try ONE reinstall of the bot for them through Graph first, and when it succeeds re-create the 1:1 conversation
    /// and send once more. Takes effect only with Directory:Provider = Graph and Directory:Graph:TeamsAppCatalogId set
    /// (TeamsAppInstallation.ReadWriteSelfForUser.All). Default false: the person is marked unreachable at once.
    /// </summary>
    public bool ReinstallUnreachable { get; set; }

    /// <summary>Outbox:RateLimits — the Teams limits.</summary>
    [Required]
    public RateLimitOptions RateLimits { get; set; } = new();
}

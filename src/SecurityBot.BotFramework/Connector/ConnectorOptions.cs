using System.ComponentModel.DataAnnotations;

namespace SecurityBot.BotFramework.Connector;

/// <summary>Outbound connector calls (section <c>Bot:Connector</c>).</summary>
public sealed class ConnectorOptions
{
    /// <summary>Key <c>Bot:Connector:MaxRetries</c>: retries of 429/412/502/503/504 before giving up.</summary>
    [Range(0, 10)]
    public int MaxRetries { get; set; } = 3;

    /// <summary>Key <c>Bot:Connector:BaseDelayMilliseconds</c>: first backoff delay when the server gives no Retry-After.</summary>
    [Range(1, 60_000)]
    public int BaseDelayMilliseconds { get; set; } = 200;

    /// <summary>Key <c>Bot:Connector:MaxRetryDelaySeconds</c>: no single wait is longer, whatever Retry-After says.</summary>
    [Range(1, 600)]
    public int MaxRetryDelaySeconds { get; set; } = 10;

    /// <summary>Key <c>Bot:Connector:TimeoutSeconds</c>: per HTTP attempt.</summary>
    [Range(1, 300)]
    public int TimeoutSeconds { get; set; } = 30;
}

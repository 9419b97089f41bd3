using System.ComponentModel.DataAnnotations;

namespace SecurityBot.Metrics.Charts;

/// <summary>
/// Metrics:Links — the charts and export files the bot serves through expiring signed links
/// (GET /api/metrics/files/{token}). Files are held in this instance's memory: a deployment with more than one
/// instance needs sticky sessions for the link to reach the instance that made it, or the reader gets a 404 and
/// the card's fallback text.
/// </summary>
internal sealed class MetricsLinkOptions
{
    public const string SectionName = "Metrics:Links";

    /// <summary>
    /// Base64 HMAC-SHA256 key (32 bytes or more) that signs each link's expiry. Empty: a random key is made at start,
    /// so links die with the process (and differ between instances) — set it to keep them across a restart.
    /// </summary>
    public string SigningKey { get; set; } = string.Empty;

    /// <summary>The bot's public address (https://bot.example.com): links are absolute for Teams. Empty: links are paths.</summary>
    public string PublicBaseUrl { get; set; } = string.Empty;

    /// <summary>How long a link works.</summary>
    [Range(1, 24 * 60)]
    public int LifetimeMinutes { get; set; } = 60;

    /// <summary>
    /// Largest PNG put inline in a card as a data URI. Teams refuses a card payload over about 28 KB; two charts of
    /// 12 KB (16 KB each as base64) would already pass it, so the card helper should inline one chart at most, or
    /// lower this. A larger image is served through a signed link instead.
    /// </summary>
    [Range(0, 20_000)]
    public int DataUriBudgetBytes { get; set; } = 12 * 1024;

    /// <summary>Memory the served files may hold at once (bytes); the oldest go first when full.</summary>
    [Range(1_000_000, 1_000_000_000)]
    public long StoreBytes { get; set; } = 32 * 1024 * 1024;
}

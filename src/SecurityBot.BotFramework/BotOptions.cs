using System.ComponentModel.DataAnnotations;
using SecurityBot.BotFramework.Connector;

namespace SecurityBot.BotFramework;

/// <summary>How the bot endpoint treats inbound requests (section <c>Bot</c>).</summary>
public sealed class BotOptions
{
    public const string SectionName = "Bot";

    /// <summary>Key <c>Bot:AllowedTenantIds</c>: when not empty, activities from other tenants are refused (403).</summary>
    public IList<string> AllowedTenantIds { get; } = [];

    /// <summary>Key <c>Bot:MaxRequestBodyBytes</c>: larger bodies get 413.</summary>
    [Range(1024, 16 * 1024 * 1024)]
    public int MaxRequestBodyBytes { get; set; } = 262_144;

    /// <summary>Key <c>Bot:TrustedServiceUrls</c>: connector URLs trusted before any activity arrived from them (proactive sends after a fresh start).</summary>
    public IList<string> TrustedServiceUrls { get; } = [];

    /// <summary>Section <c>Bot:Connector</c>.</summary>
    public ConnectorOptions Connector { get; } = new();
}

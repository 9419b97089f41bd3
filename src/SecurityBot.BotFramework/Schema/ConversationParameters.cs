namespace SecurityBot.BotFramework.Schema;

/// <summary>Parameters of a proactive conversation (Teams 1:1: one member, tenantId, isGroup false).</summary>
public class ConversationParameters : ExtensibleObject
{
    public bool? IsGroup { get; set; }

    public ChannelAccount? Bot { get; set; }

    public IList<ChannelAccount>? Members { get; set; }

    public string? TopicName { get; set; }

    public string? TenantId { get; set; }

    public Activity? Activity { get; set; }

    public object? ChannelData { get; set; }
}

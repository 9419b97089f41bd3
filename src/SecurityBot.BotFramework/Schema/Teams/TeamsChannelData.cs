namespace SecurityBot.BotFramework.Schema.Teams;

/// <summary>Teams-specific channelData of an activity.</summary>
public class TeamsChannelData : ExtensibleObject
{
    public TenantInfo? Tenant { get; set; }

    public TeamInfo? Team { get; set; }

    public ChannelInfo? Channel { get; set; }

    public NotificationInfo? Notification { get; set; }

    public string? EventType { get; set; }
}

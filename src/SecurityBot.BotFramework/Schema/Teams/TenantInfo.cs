namespace SecurityBot.BotFramework.Schema.Teams;

/// <summary>The Teams tenant of an activity.</summary>
public class TenantInfo : ExtensibleObject
{
    public string? Id { get; set; }
}

namespace SecurityBot.BotFramework.Schema.Teams;

/// <summary>The team a channel message belongs to.</summary>
public class TeamInfo : ExtensibleObject
{
    public string? Id { get; set; }

    public string? Name { get; set; }

    public string? AadGroupId { get; set; }
}

namespace SecurityBot.BotFramework.Schema.Teams;

/// <summary>The Teams channel of a message.</summary>
public class ChannelInfo : ExtensibleObject
{
    public string? Id { get; set; }

    public string? Name { get; set; }
}

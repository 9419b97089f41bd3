namespace SecurityBot.BotFramework.Schema;

/// <summary>A user or bot on a channel.</summary>
public class ChannelAccount : ExtensibleObject
{
    public string? Id { get; set; }

    public string? Name { get; set; }

    public string? AadObjectId { get; set; }

    public string? Role { get; set; }
}

namespace SecurityBot.BotFramework.Schema;

/// <summary>The id of a resource the connector created.</summary>
public class ResourceResponse : ExtensibleObject
{
    public string? Id { get; set; }
}

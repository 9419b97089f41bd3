namespace SecurityBot.BotFramework.Schema;

/// <summary>An entity in an activity (mention, clientInfo, ...); its fields are kept in AdditionalProperties.</summary>
public class Entity : ExtensibleObject
{
    public string? Type { get; set; }
}

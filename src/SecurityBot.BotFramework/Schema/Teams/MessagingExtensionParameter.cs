namespace SecurityBot.BotFramework.Schema.Teams;

/// <summary>A named parameter of a message extension query.</summary>
public class MessagingExtensionParameter : ExtensibleObject
{
    public string? Name { get; set; }

    public object? Value { get; set; }
}

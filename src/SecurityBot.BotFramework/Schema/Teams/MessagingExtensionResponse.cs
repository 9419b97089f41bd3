namespace SecurityBot.BotFramework.Schema.Teams;

/// <summary>Body of the composeExtension/query invoke response.</summary>
public class MessagingExtensionResponse : ExtensibleObject
{
    public MessagingExtensionResult? ComposeExtension { get; set; }
}

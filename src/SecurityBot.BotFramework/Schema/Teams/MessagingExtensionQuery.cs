namespace SecurityBot.BotFramework.Schema.Teams;

/// <summary>Value of a composeExtension/query invoke.</summary>
public class MessagingExtensionQuery : ExtensibleObject
{
    public string? CommandId { get; set; }

    public IList<MessagingExtensionParameter>? Parameters { get; set; }

    public MessagingExtensionQueryOptions? QueryOptions { get; set; }
}

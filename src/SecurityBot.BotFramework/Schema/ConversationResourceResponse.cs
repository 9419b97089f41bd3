namespace SecurityBot.BotFramework.Schema;

/// <summary>Result of creating a conversation.</summary>
public class ConversationResourceResponse : ExtensibleObject
{
    public string? Id { get; set; }

    public string? ActivityId { get; set; }

    public string? ServiceUrl { get; set; }
}

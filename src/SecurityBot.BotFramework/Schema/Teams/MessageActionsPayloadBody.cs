namespace SecurityBot.BotFramework.Schema.Teams;

/// <summary>A message's body: "html" or "text" content.</summary>
public class MessageActionsPayloadBody : ExtensibleObject
{
    public string? ContentType { get; set; }

    public string? Content { get; set; }
}

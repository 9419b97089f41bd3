namespace SecurityBot.BotFramework.Schema.Teams;

/// <summary>The message a message action was started on, as Teams sends it (body is usually HTML).</summary>
public class MessageActionsPayload : ExtensibleObject
{
    public string? Id { get; set; }

    public string? ReplyToId { get; set; }

    public string? CreatedDateTime { get; set; }

    /// <summary>Teams' deep link to the message (https://teams.microsoft.com/l/message/...).</summary>
    public string? LinkToMessage { get; set; }

    public MessageActionsPayloadBody? Body { get; set; }

    public MessageActionsPayloadFrom? From { get; set; }
}

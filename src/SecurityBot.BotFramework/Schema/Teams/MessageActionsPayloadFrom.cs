namespace SecurityBot.BotFramework.Schema.Teams;

/// <summary>Who sent a message: a user or an application (bot, connector).</summary>
public class MessageActionsPayloadFrom : ExtensibleObject
{
    public MessageActionsPayloadIdentity? User { get; set; }

    public MessageActionsPayloadIdentity? Application { get; set; }
}

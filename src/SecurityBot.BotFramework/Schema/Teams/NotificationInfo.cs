namespace SecurityBot.BotFramework.Schema.Teams;

/// <summary>Asks Teams to raise an alert (activity feed) for a bot message.</summary>
public class NotificationInfo : ExtensibleObject
{
    public bool? Alert { get; set; }

    public bool? AlertInMeeting { get; set; }
}

namespace SecurityBot.BotFramework.Schema;

/// <summary>The activity types SecurityBot sees from Teams.</summary>
public static class ActivityTypes
{
    public const string Message = "message";
    public const string ConversationUpdate = "conversationUpdate";
    public const string InstallationUpdate = "installationUpdate";
    public const string Invoke = "invoke";
    public const string InvokeResponse = "invokeResponse";
    public const string MessageReaction = "messageReaction";
    public const string Typing = "typing";
    public const string Event = "event";
}

namespace SecurityBot.BotFramework.Schema;

/// <summary>What is needed to reach a conversation again later.</summary>
public class ConversationReference : ExtensibleObject
{
    public string? ActivityId { get; set; }

    public ChannelAccount? User { get; set; }

    public ChannelAccount? Bot { get; set; }

    public ConversationAccount? Conversation { get; set; }

    public string? ChannelId { get; set; }

    public string? ServiceUrl { get; set; }

    public string? Locale { get; set; }
}

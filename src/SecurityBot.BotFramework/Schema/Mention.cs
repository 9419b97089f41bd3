namespace SecurityBot.BotFramework.Schema;

/// <summary>A mention entity: who was mentioned and the exact text (e.g. "&lt;at&gt;SecurityBot&lt;/at&gt;") in the message.</summary>
public class Mention : Entity
{
    public Mention()
    {
        Type = "mention";
    }

    public ChannelAccount? Mentioned { get; set; }

    public string? Text { get; set; }
}

namespace SecurityBot.BotFramework.Schema.Teams;

/// <summary>A message extension result: the card to insert and its preview in the result list.</summary>
public class MessagingExtensionAttachment : Attachment
{
    public Attachment? Preview { get; set; }
}

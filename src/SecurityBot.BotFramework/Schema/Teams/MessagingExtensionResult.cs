namespace SecurityBot.BotFramework.Schema.Teams;

/// <summary>The result list of a message extension query.</summary>
public class MessagingExtensionResult : ExtensibleObject
{
    public string? AttachmentLayout { get; set; }

    public string? Type { get; set; }

    public IList<MessagingExtensionAttachment>? Attachments { get; set; }

    public string? Text { get; set; }
}

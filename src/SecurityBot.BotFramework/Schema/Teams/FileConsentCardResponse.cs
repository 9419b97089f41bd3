namespace SecurityBot.BotFramework.Schema.Teams;

/// <summary>Value of a fileConsent/invoke: the button pressed on a file consent card.</summary>
public class FileConsentCardResponse : ExtensibleObject
{
    public const string Accept = "accept";
    public const string Decline = "decline";

    /// <summary>"accept" or "decline".</summary>
    public string? Action { get; set; }

    /// <summary>The card's acceptContext or declineContext, as the bot wrote it.</summary>
    public object? Context { get; set; }

    /// <summary>Where to upload; present on accept only.</summary>
    public FileUploadInfo? UploadInfo { get; set; }
}

namespace SecurityBot.BotFramework.Schema.Teams;

/// <summary>
/// Content of a file consent card: Teams asks the person to allow an upload to their OneDrive (personal chats only).
/// The contexts come back verbatim in the fileConsent/invoke of the matching button.
/// </summary>
public class FileConsentCard : ExtensibleObject
{
    /// <summary>Attachment content type of the card.</summary>
    public const string ContentType = "application/vnd.microsoft.teams.card.file.consent";

    /// <summary>What the file is for, shown on the card.</summary>
    public string? Description { get; set; }

    /// <summary>Size shown to the person (and checked against their OneDrive quota).</summary>
    public long SizeInBytes { get; set; }

    /// <summary>Returned in the invoke when the person allows the upload.</summary>
    public object? AcceptContext { get; set; }

    /// <summary>Returned in the invoke when the person declines.</summary>
    public object? DeclineContext { get; set; }
}

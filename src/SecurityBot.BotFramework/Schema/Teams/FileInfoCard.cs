namespace SecurityBot.BotFramework.Schema.Teams;

/// <summary>
/// Content of the card that shows an uploaded file in the chat (open, preview, download). The attachment carries the
/// file's contentUrl and name; the content names the OneDrive item.
/// </summary>
public class FileInfoCard : ExtensibleObject
{
    /// <summary>Attachment content type of the card.</summary>
    public const string ContentType = "application/vnd.microsoft.teams.card.file.info";

    /// <summary>The OneDrive / SharePoint drive item id (uploadInfo.uniqueId).</summary>
    public string? UniqueId { get; set; }

    /// <summary>The file's type as Teams names it, e.g. "csv".</summary>
    public string? FileType { get; set; }

    public string? Etag { get; set; }
}

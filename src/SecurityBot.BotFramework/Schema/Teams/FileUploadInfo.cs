namespace SecurityBot.BotFramework.Schema.Teams;

/// <summary>Where an allowed file goes: uploadInfo of an accepted fileConsent/invoke.</summary>
public class FileUploadInfo : ExtensibleObject
{
    /// <summary>The file's name in OneDrive (Teams may rename it on a clash).</summary>
    public string? Name { get; set; }

    /// <summary>
    /// The OneDrive upload session that takes the bytes with PUT. A bearer capability: whoever holds it can write the
    /// file, so it is never logged.
    /// </summary>
    public string? UploadUrl { get; set; }

    /// <summary>Where the file will be, for the file info card.</summary>
    public string? ContentUrl { get; set; }

    /// <summary>The drive item id, for the file info card.</summary>
    public string? UniqueId { get; set; }

    public string? FileType { get; set; }

    public string? Etag { get; set; }
}

namespace SecurityBot.Platform.Directory.Local;

/// <summary>The local directory file (Directory:LocalFile): people and groups.</summary>
public sealed class LocalDirectoryDocument
{
    /// <summary>Free text for whoever edits the file.</summary>
    public string? Description { get; set; }

    public List<LocalDirectoryUserEntry> Users { get; set; } = [];

    public List<LocalDirectoryGroupEntry> Groups { get; set; } = [];
}

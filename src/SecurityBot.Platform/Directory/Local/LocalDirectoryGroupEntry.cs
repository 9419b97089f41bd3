namespace SecurityBot.Platform.Directory.Local;

/// <summary>A group in the local directory file.</summary>
public sealed class LocalDirectoryGroupEntry
{
    public string Id { get; set; } = "";

    public string DisplayName { get; set; } = "";

    /// <summary>Ids of member users and of nested groups (whose members are members too).</summary>
    public List<string> Members { get; set; } = [];
}

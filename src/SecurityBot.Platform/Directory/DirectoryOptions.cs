using System.ComponentModel.DataAnnotations;

namespace SecurityBot.Platform.Directory;

/// <summary>Which directory SecurityBot reads people and groups from.</summary>
public sealed class DirectoryOptions
{
    /// <summary>Configuration section name.</summary>
    public const string SectionName = "Directory";

    /// <summary>Directory:Provider — "Local" (the JSON file in Directory:LocalFile) or "Graph" (Microsoft Graph, Directory:Graph:*).</summary>
    [EnumDataType(typeof(DirectoryProvider))]
    public DirectoryProvider Provider { get; set; } = DirectoryProvider.Local;

    /// <summary>
    /// Directory:LocalFile — the local directory JSON file; relative paths resolve against the app base directory.
    /// Default: the shipped demo organisation, directory/demo-organisation.json.
    /// </summary>
    [Required(AllowEmptyStrings = false)]
    public string LocalFile { get; set; } = "directory/demo-organisation.json";

    /// <summary>The local file as an absolute path.</summary>
    public string LocalFilePath => Path.GetFullPath(LocalFile, AppContext.BaseDirectory);
}

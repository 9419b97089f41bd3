namespace SecurityBot.Platform.Directory;

/// <summary>Where the directory comes from (Directory:Provider).</summary>
public enum DirectoryProvider
{
    /// <summary>A JSON file shipped with the app: runs with no tenant at all.</summary>
    Local,

    /// <summary>Microsoft Graph: the tenant's Entra ID.</summary>
    Graph,
}

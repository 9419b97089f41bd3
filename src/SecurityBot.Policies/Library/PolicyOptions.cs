using System.ComponentModel.DataAnnotations;

namespace SecurityBot.Policies.Library;

/// <summary>Where the policy library lives and how it is watched. Bound from the "Policies" configuration section.</summary>
internal sealed class PolicyOptions
{
    public const string SectionName = "Policies";

    /// <summary>Policies:Folder — folder of Markdown policies; relative paths resolve against the app base directory.</summary>
    [Required]
    public string Folder { get; set; } = "policies";

    /// <summary>Policies:WatchForChanges — reload the library when a file in the folder changes (no restart needed).</summary>
    public bool WatchForChanges { get; set; } = true;

    /// <summary>
    /// Policies:ReloadDebounceMilliseconds — quiet period after the last file change before reloading, so an editor
    /// saving several files (or one file in several writes) triggers one reload.
    /// </summary>
    [Range(0, 60_000)]
    public int ReloadDebounceMilliseconds { get; set; } = 500;

    /// <summary>
    /// Policies:PollIntervalSeconds — how often the folder is also checked by listing it (names, sizes, times). A
    /// safety net for folders where change notifications are unreliable or unavailable (network shares, some
    /// container volumes, an exhausted inotify limit).
    /// </summary>
    [Range(1, 86_400)]
    public int PollIntervalSeconds { get; set; } = 30;

    /// <summary>Policies:MaxFileBytes — larger files are skipped and reported; a policy is a few kilobytes.</summary>
    [Range(1_024, 10_485_760)]
    public int MaxFileBytes { get; set; } = 1_048_576;

    /// <summary>The folder as an absolute path.</summary>
    public string ResolveFolder() =>
        Path.GetFullPath(Path.IsPathRooted(Folder) ? Folder : Path.Combine(AppContext.BaseDirectory, Folder));
}

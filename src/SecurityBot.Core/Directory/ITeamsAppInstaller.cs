namespace SecurityBot.Core.Directory;

/// <summary>
/// Proactively installs the bot for a person (Graph: teamwork/installedApps) and returns the id of their 1:1 chat
/// with the bot, or null when that is not possible (no consent, app not in catalogue).
/// NOTE(persistence): placeholder copy of the port the directory helper defines; replace with theirs on merge.
/// </summary>
public interface ITeamsAppInstaller
{
    Task<string?> EnsureInstalledAndGetChatIdAsync(string userAadObjectId, CancellationToken cancellationToken);
}

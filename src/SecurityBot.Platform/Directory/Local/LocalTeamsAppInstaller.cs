namespace SecurityBot.Platform.Directory.Local;

/// <summary>
/// Without a tenant there is no app catalog to install from: a local user becomes reachable when they first talk
/// to the bot (e.g. in the Agents Playground), which records their conversation.
/// </summary>
public sealed class LocalTeamsAppInstaller : ITeamsAppInstaller
{
    public Task<string?> EnsureInstalledAndGetChatIdAsync(string userAadObjectId, CancellationToken cancellationToken) =>
        Task.FromResult<string?>(null);
}

namespace SecurityBot.Platform.Directory;

/// <summary>
/// Makes a person reachable by the bot before they have ever talked to it: installs the bot's Teams app for them
/// and finds the 1:1 chat, so the first proactive message has a conversation to go to.
/// </summary>
public interface ITeamsAppInstaller
{
    /// <summary>
    /// Ensures the app is installed for the user and returns the id of the user's 1:1 chat with the bot (usable as the
    /// conversation id of a proactive send), or null when there is nothing to install or the chat is not known yet —
    /// the caller then waits for the conversationUpdate the installation produces.
    /// </summary>
    Task<string?> EnsureInstalledAndGetChatIdAsync(string userAadObjectId, CancellationToken cancellationToken);
}

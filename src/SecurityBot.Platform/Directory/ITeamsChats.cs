namespace SecurityBot.Platform.Directory;

/// <summary>
/// Teams group chats the bot opens for people through Microsoft Graph (application permissions Chat.Create,
/// Chat.ReadBasic.All, ChatMember.ReadWrite.All, TeamsAppInstallation.ReadWriteSelfForChat.All). A chat is usable by
/// the bot's connector only after <see cref="InstallBotAsync"/>; before that the connector answers 403. Failures
/// throw <see cref="TeamsChatException"/> with Graph's status (403: a permission is missing; 429/5xx: try again later).
/// </summary>
public interface ITeamsChats
{
    /// <summary>
    /// The id of a group chat with exactly this topic that <paramref name="memberId"/> is in, or null: a creation
    /// that may have happened before a crash is found instead of being made twice.
    /// </summary>
    Task<string?> FindGroupChatAsync(string topic, string memberId, CancellationToken cancellationToken);

    /// <summary>Creates a group chat with this topic and these members (Entra object ids, at least two); returns its id.</summary>
    Task<string> CreateGroupChatAsync(string topic, IReadOnlyCollection<string> memberIds, CancellationToken cancellationToken);

    /// <summary>Adds a person to the chat (already a member: fine).</summary>
    Task AddMemberAsync(string chatId, string memberId, CancellationToken cancellationToken);

    /// <summary>Installs the bot's Teams app in the chat (already installed: fine), so the bot can post there.</summary>
    Task InstallBotAsync(string chatId, CancellationToken cancellationToken);
}

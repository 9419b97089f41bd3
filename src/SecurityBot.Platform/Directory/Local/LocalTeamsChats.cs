namespace SecurityBot.Platform.Directory.Local;

/// <summary>
/// Without a tenant there is no Teams to open a group chat in: every call says so with status 501, which is not
/// transient (trying again cannot help until Directory:Provider is Graph).
/// </summary>
public sealed class LocalTeamsChats : ITeamsChats
{
    private const int NotImplemented = 501;

    private const string Reason =
        "Crisis rooms are Teams group chats, which need Directory:Provider=Graph (with the Graph permissions Chat.Create, " +
        "Chat.ReadBasic.All, ChatMember.ReadWrite.All and TeamsAppInstallation.ReadWriteSelfForChat.All); the local directory cannot open them.";

    public Task<string?> FindGroupChatAsync(string topic, string memberId, CancellationToken cancellationToken) =>
        Task.FromException<string?>(Unsupported());

    public Task<string> CreateGroupChatAsync(string topic, IReadOnlyCollection<string> memberIds, CancellationToken cancellationToken) =>
        Task.FromException<string>(Unsupported());

    public Task AddMemberAsync(string chatId, string memberId, CancellationToken cancellationToken) =>
        Task.FromException(Unsupported());

    public Task InstallBotAsync(string chatId, CancellationToken cancellationToken) =>
        Task.FromException(Unsupported());

    private static TeamsChatException Unsupported() => new(Reason, NotImplemented);
}

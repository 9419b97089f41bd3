using SecurityBot.Platform.Directory;

namespace SecurityBot.IntegrationTests.Crisis;

/// <summary>
/// Graph's chats at the process boundary, for hosts whose rooms are made by the test (the room's own timer handler
/// is registered and needs one): any call is a test bug, answered as "no Graph" (501).
/// </summary>
internal sealed class RegulatorNoGraphChats : ITeamsChats
{
    public Task<string?> FindGroupChatAsync(string topic, string memberId, CancellationToken cancellationToken) => throw NoGraph();

    public Task<string> CreateGroupChatAsync(string topic, IReadOnlyCollection<string> memberIds, CancellationToken cancellationToken) => throw NoGraph();

    public Task AddMemberAsync(string chatId, string memberId, CancellationToken cancellationToken) => throw NoGraph();

    public Task InstallBotAsync(string chatId, CancellationToken cancellationToken) => throw NoGraph();

    private static TeamsChatException NoGraph() => new("The regulator's clock tests have no Graph.", 501);
}

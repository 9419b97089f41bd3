using SecurityBot.Platform.Directory;

namespace SecurityBot.IntegrationTests.Crisis;

/// <summary>
/// Stands in for Graph chats, which the review tests never reach: their rooms are made open through the domain. The
/// timer scheduler builds every timer handler, and the room's handler needs an ITeamsChats (its Graph implementation
/// is on its own branch). Any call fails the test loudly.
/// </summary>
internal sealed class NoGraphChats : ITeamsChats
{
    public Task<string?> FindGroupChatAsync(string topic, string memberId, CancellationToken cancellationToken) => throw Unexpected();

    public Task<string> CreateGroupChatAsync(string topic, IReadOnlyCollection<string> memberIds, CancellationToken cancellationToken) => throw Unexpected();

    public Task AddMemberAsync(string chatId, string memberId, CancellationToken cancellationToken) => throw Unexpected();

    public Task InstallBotAsync(string chatId, CancellationToken cancellationToken) => throw Unexpected();

    private static NotSupportedException Unexpected() => new("The review tests make no Graph calls.");
}

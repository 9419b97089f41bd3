using SecurityBot.Platform.Directory;
using SecurityBot.Testing.Graph;

namespace SecurityBot.IntegrationTests.Directory;

/// <summary>
/// What callers of GraphTeamsChats learn when Graph refuses: a missing permission (403) needs a person, throttling
/// and outages (429, 503) are worth another try later — after the Graph SDK's own bounded retries.
/// </summary>
public sealed class GraphTeamsChatsFailureTests
{
    private const string Alice = "a11ce000-1111-4111-8111-11111111aaaa";
    private const string Bob = "b0b00000-2222-4222-8222-22222222bbbb";
    private const string Topic = "Crisis room · INC-2026-0042";

    private static async Task<(GraphDirectoryHarness Harness, string ChatId)> StartAsync(int maxRetries = 0)
    {
        var harness = await GraphDirectoryHarness.StartAsync(new Dictionary<string, string?> { ["Directory:Graph:MaxRetries"] = $"{maxRetries}" });
        harness.AddUser(Alice, "Alice Example");
        harness.AddUser(Bob, "Bob Example");
        return (harness, harness.Graph.AddChat(Topic, [Alice, Bob]));
    }

    private static Task Invoke(ITeamsChats chats, FakeGraphChatOperation operation, string chatId) => operation switch
    {
        FakeGraphChatOperation.Create => chats.CreateGroupChatAsync(Topic, [Alice, Bob], CancellationToken.None),
        FakeGraphChatOperation.List => chats.FindGroupChatAsync(Topic, Alice, CancellationToken.None),
        FakeGraphChatOperation.AddMember => chats.AddMemberAsync(chatId, Alice, CancellationToken.None),
        _ => chats.InstallBotAsync(chatId, CancellationToken.None),
    };

    [Theory]
    [InlineData(FakeGraphChatOperation.Create)]
    [InlineData(FakeGraphChatOperation.List)]
    [InlineData(FakeGraphChatOperation.AddMember)]
    [InlineData(FakeGraphChatOperation.InstallApp)]
    public async Task EveryOperation_PermissionMissing_ThrowsNonTransientWithStatus403AndGraphCode(FakeGraphChatOperation operation)
    {
        var (harness, chatId) = await StartAsync(maxRetries: 3);
        await using var _ = harness;
        harness.Graph.FailChats(operation, 403);

        var call = () => Invoke(harness.Chats, operation, chatId);

        var failure = (await call.Should().ThrowAsync<TeamsChatException>()).Which;
        failure.StatusCode.Should().Be(403);
        failure.IsTransient.Should().BeFalse();
        failure.RetryAfter.Should().BeNull();
        failure.Message.Should().Contain("HTTP 403").And.Contain("Forbidden");
        harness.Graph.RequestCount.Should().Be(1, "a refusal is not retried");
    }

    [Fact]
    public async Task CreateGroupChatAsync_ThrottledWithRetriesOff_ThrowsTransient429WithRetryAfter()
    {
        var (harness, _) = await StartAsync(maxRetries: 0);
        await using var __ = harness;
        harness.Graph.FailChats(FakeGraphChatOperation.Create, 429, retryAfterSeconds: 7);

        var create = () => harness.Chats.CreateGroupChatAsync(Topic, [Alice, Bob], CancellationToken.None);

        var failure = (await create.Should().ThrowAsync<TeamsChatException>()).Which;
        failure.StatusCode.Should().Be(429);
        failure.IsTransient.Should().BeTrue();
        failure.RetryAfter.Should().Be(TimeSpan.FromSeconds(7));
        failure.Message.Should().Contain("TooManyRequests");
        harness.Graph.Chats.Should().ContainSingle("only the chat the test started with");
    }

    [Fact]
    public async Task FindGroupChatAsync_ThrottledBeyondTheSdkRetries_ThrowsTransient429AfterBoundedAttempts()
    {
        var (harness, _) = await StartAsync(maxRetries: 1);
        await using var __ = harness;
        harness.Graph.FailChats(FakeGraphChatOperation.List, 429, count: 5, retryAfterSeconds: 1);

        var find = () => harness.Chats.FindGroupChatAsync(Topic, Alice, CancellationToken.None);

        var failure = (await find.Should().ThrowAsync<TeamsChatException>()).Which;
        failure.StatusCode.Should().Be(429);
        failure.IsTransient.Should().BeTrue();
        failure.RetryAfter.Should().Be(TimeSpan.FromSeconds(1));
        failure.Message.Should().Contain("TooManyRequests").And.Contain("retries");
        harness.Graph.RequestCount.Should().Be(2, "one try and one bounded retry");
    }

    [Fact]
    public async Task InstallBotAsync_ServiceUnavailable_ThrowsTransient503()
    {
        var (harness, chatId) = await StartAsync(maxRetries: 0);
        await using var _ = harness;
        harness.Graph.FailChats(FakeGraphChatOperation.InstallApp, 503);

        var install = () => harness.Chats.InstallBotAsync(chatId, CancellationToken.None);

        var failure = (await install.Should().ThrowAsync<TeamsChatException>()).Which;
        failure.StatusCode.Should().Be(503);
        failure.IsTransient.Should().BeTrue();
        harness.Graph.Chat(chatId)!.InstalledAppIds.Should().BeEmpty();
    }

    [Fact]
    public async Task CreateGroupChatAsync_ServiceUnavailableOnce_IsRetriedBySdkWithTheSameBody()
    {
        var (harness, _) = await StartAsync(maxRetries: 1);
        await using var __ = harness;
        harness.Graph.FailChats(FakeGraphChatOperation.Create, 503, retryAfterSeconds: 1);

        var chatId = await harness.Chats.CreateGroupChatAsync("Second room", [Alice, Bob], CancellationToken.None);

        harness.Graph.Chat(chatId)!.MemberIds.Should().Equal(Alice, Bob);
        harness.Graph.Requests.Should().HaveCount(2).And.OnlyContain(r => r.Method == "POST" && r.Body!.Contains("Second room"));
    }

    [Fact]
    public async Task AddMemberAsync_UnknownChat_ThrowsNonTransient404()
    {
        var (harness, _) = await StartAsync();
        await using var __ = harness;

        var add = () => harness.Chats.AddMemberAsync("19:missing@thread.v2", Bob, CancellationToken.None);

        var failure = (await add.Should().ThrowAsync<TeamsChatException>()).Which;
        failure.StatusCode.Should().Be(404);
        failure.IsTransient.Should().BeFalse();
        failure.Message.Should().Contain("19:missing@thread.v2").And.Contain(Bob);
    }
}

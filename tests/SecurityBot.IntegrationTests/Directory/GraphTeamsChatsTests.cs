using System.Text.Json;
using SecurityBot.Platform.Directory;

namespace SecurityBot.IntegrationTests.Directory;

/// <summary>GraphTeamsChats through the real Graph SDK against the fake Graph: what it sends and what it makes of the answers.</summary>
public sealed class GraphTeamsChatsTests
{
    private const string Alice = "a11ce000-1111-4111-8111-11111111aaaa";
    private const string Bob = "b0b00000-2222-4222-8222-22222222bbbb";
    private const string Carol = "ca501000-3333-4333-8333-33333333cccc";
    private const string Dave = "da7e0000-4444-4444-8444-44444444dddd";
    private const string Topic = "Crisis room · INC-2026-0042 · Ransomware on file server";

    private static async Task<GraphDirectoryHarness> StartAsync(IDictionary<string, string?>? overrides = null)
    {
        var harness = await GraphDirectoryHarness.StartAsync(overrides);
        harness.AddUser(Alice, "Alice Example");
        harness.AddUser(Bob, "Bob Example");
        harness.AddUser(Carol, "Carol Example");
        harness.AddUser(Dave, "Dave Example");
        return harness;
    }

    [Fact]
    public async Task CreateGroupChatAsync_MembersRepeatedInOtherCase_CreatesGroupChatWithEachPersonOnceAsOwner()
    {
        await using var harness = await StartAsync();

        var chatId = await harness.Chats.CreateGroupChatAsync(Topic, [Alice, Bob.ToUpperInvariant(), Bob, Carol, Alice], CancellationToken.None);

        var chat = harness.Graph.Chat(chatId);
        chat.Should().NotBeNull();
        chat!.Topic.Should().Be(Topic);
        chat.ChatType.Should().Be("group");
        chat.MemberIds.Should().BeEquivalentTo([Alice, Bob.ToUpperInvariant(), Carol], "the first spelling of each person is kept");
        chat.Members.Should().OnlyContain(m => m.Roles.SequenceEqual(new[] { "owner" }));
        chat.Members.Select(m => m.UserBind).Should().Equal(
            $"{harness.Graph.BaseUrl}/users('{Alice}')",
            $"{harness.Graph.BaseUrl}/users('{Bob.ToUpperInvariant()}')",
            $"{harness.Graph.BaseUrl}/users('{Carol}')");
        var create = harness.Graph.Requests.Should().ContainSingle().Subject;
        create.Method.Should().Be("POST");
        create.PathAndQuery.Should().Be("/v1.0/chats");
        create.Authorization.Should().StartWith("Bearer ");
        using var body = JsonDocument.Parse(create.Body!);
        body.RootElement.GetProperty("chatType").GetString().Should().Be("group");
        body.RootElement.GetProperty("members").EnumerateArray()
            .Select(m => m.GetProperty("@odata.type").GetString()).Should().AllBe("#microsoft.graph.aadUserConversationMember");
    }

    [Fact]
    public async Task CreateGroupChatAsync_FewerThanTwoDistinctMembers_ThrowsWithoutCallingGraph()
    {
        await using var harness = await StartAsync();

        var create = () => harness.Chats.CreateGroupChatAsync(Topic, [Alice, Alice.ToUpperInvariant()], CancellationToken.None);

        await create.Should().ThrowAsync<ArgumentException>();
        harness.Graph.RequestCount.Should().Be(0);
    }

    [Fact]
    public async Task FindGroupChatAsync_ExactTopicOnALaterPage_FollowsNextLinksAndReturnsThatChat()
    {
        await using var harness = await StartAsync();
        harness.Graph.ChatPageSize = 2;
        harness.Graph.AddChat("Weekly security sync", [Alice, Bob]);
        harness.Graph.AddChat(Topic.ToUpperInvariant(), [Alice, Carol]);
        harness.Graph.AddChat(null, [Alice, Dave], chatType: "oneOnOne");
        harness.Graph.AddChat(Topic, [Bob, Carol]);
        harness.Graph.AddChat(Topic + " (old)", [Alice, Bob]);
        harness.Graph.AddChat("Lunch", [Alice, Dave]);
        var expected = harness.Graph.AddChat(Topic, [Alice, Bob, Carol]);

        var found = await harness.Chats.FindGroupChatAsync(Topic, Alice, CancellationToken.None);

        found.Should().Be(expected);
        var lists = harness.Graph.Requests.Select(r => Uri.UnescapeDataString(r.PathAndQuery)).ToList();
        lists.Should().HaveCount(3, "four group chats of Alice come before it, two per page");
        lists.Should().AllSatisfy(path => path.Should().StartWith($"/v1.0/users/{Alice}/chats?").And.Contain("$filter=chatType eq 'group'"));
        lists[0].Should().Contain("$top=50");
        harness.Graph.Requests.Should().OnlyContain(r => r.Authorization!.StartsWith("Bearer ", StringComparison.Ordinal));
    }

    [Fact]
    public async Task FindGroupChatAsync_OnlySimilarTopicsOrOtherPeoplesChats_ReturnsNull()
    {
        await using var harness = await StartAsync();
        harness.Graph.ChatPageSize = 1;
        harness.Graph.AddChat(Topic.ToLowerInvariant(), [Alice, Bob]);
        harness.Graph.AddChat(Topic + " ", [Alice, Carol]);
        harness.Graph.AddChat(Topic, [Bob, Carol]);

        var found = await harness.Chats.FindGroupChatAsync(Topic, Alice, CancellationToken.None);

        found.Should().BeNull();
        harness.Graph.Requests.Should().HaveCount(2);
    }

    [Fact]
    public async Task FindGroupChatAsync_NextLinkNamesAnotherHost_DoesNotSendItTheToken()
    {
        await using var harness = await StartAsync();
        harness.Graph.ChatPageSize = 1;
        harness.Graph.AddChat("Weekly security sync", [Alice, Bob]);
        harness.Graph.AddChat(Topic, [Alice, Carol]);
        // Same server, another host name: only the configured host (127.0.0.1) may receive the bearer token.
        harness.Graph.NextLinkBaseUrl = harness.Graph.BaseUrl.Replace("127.0.0.1", "localhost", StringComparison.Ordinal);

        var find = () => harness.Chats.FindGroupChatAsync(Topic, Alice, CancellationToken.None);

        (await find.Should().ThrowAsync<TeamsChatException>()).Which.StatusCode.Should().Be(401);
        harness.Graph.Requests.Should().HaveCount(2);
        harness.Graph.Requests.Last().Authorization.Should().BeNull();
    }

    [Fact]
    public async Task AddMemberAsync_NewPerson_AddsThemAsOwner()
    {
        await using var harness = await StartAsync();
        var chatId = harness.Graph.AddChat(Topic, [Alice, Bob]);

        await harness.Chats.AddMemberAsync(chatId, Carol, CancellationToken.None);

        harness.Graph.Chat(chatId)!.Members.Should().ContainSingle(m => m.UserId == Carol)
            .Which.Should().BeEquivalentTo(new { Roles = new[] { "owner" }, UserBind = $"{harness.Graph.BaseUrl}/users('{Carol}')" });
        var add = harness.Graph.Requests.Should().ContainSingle().Subject;
        add.Method.Should().Be("POST");
        Uri.UnescapeDataString(add.PathAndQuery).Should().Be($"/v1.0/chats/{chatId}/members");
    }

    [Theory]
    [InlineData(409)]
    [InlineData(400)]
    public async Task AddMemberAsync_AlreadyAMember_IsFine(int answer)
    {
        await using var harness = await StartAsync();
        harness.Graph.AlreadyMemberStatus = answer;
        var chatId = harness.Graph.AddChat(Topic, [Alice, Bob]);

        await harness.Chats.AddMemberAsync(chatId, Bob, CancellationToken.None);

        harness.Graph.Chat(chatId)!.MemberIds.Should().Equal(Alice, Bob);
        harness.Graph.RequestCount.Should().Be(1);
    }

    [Fact]
    public async Task InstallBotAsync_NotInstalled_InstallsTheCatalogAppInTheChat()
    {
        await using var harness = await StartAsync();
        var chatId = harness.Graph.AddChat(Topic, [Alice, Bob]);

        await harness.Chats.InstallBotAsync(chatId, CancellationToken.None);

        harness.Graph.Chat(chatId)!.InstalledAppIds.Should().Equal(GraphDirectoryHarness.CatalogAppId);
        var install = harness.Graph.Requests.Should().ContainSingle().Subject;
        Uri.UnescapeDataString(install.PathAndQuery).Should().Be($"/v1.0/chats/{chatId}/installedApps");
        using var body = JsonDocument.Parse(install.Body!);
        body.RootElement.GetProperty("teamsApp@odata.bind").GetString()
            .Should().Be($"{harness.Graph.BaseUrl}/appCatalogs/teamsApps/{GraphDirectoryHarness.CatalogAppId}");
    }

    [Fact]
    public async Task InstallBotAsync_AlreadyInstalled_TreatsConflictAsInstalled()
    {
        await using var harness = await StartAsync();
        var chatId = harness.Graph.AddChat(Topic, [Alice, Bob]);
        harness.Graph.MarkInstalledInChat(chatId, GraphDirectoryHarness.CatalogAppId);

        await harness.Chats.InstallBotAsync(chatId, CancellationToken.None);

        harness.Graph.Chat(chatId)!.InstalledAppIds.Should().Equal(GraphDirectoryHarness.CatalogAppId);
        harness.Graph.RequestCount.Should().Be(1);
    }

    [Fact]
    public async Task InstallBotAsync_NoCatalogIdConfigured_Throws501NonTransientWithoutCallingGraph()
    {
        await using var harness = await StartAsync(new Dictionary<string, string?> { ["Directory:Graph:TeamsAppCatalogId"] = "" });
        var chatId = harness.Graph.AddChat(Topic, [Alice, Bob]);

        var install = () => harness.Chats.InstallBotAsync(chatId, CancellationToken.None);

        var failure = (await install.Should().ThrowAsync<TeamsChatException>()).Which;
        failure.StatusCode.Should().Be(501);
        failure.IsTransient.Should().BeFalse();
        failure.Message.Should().Contain("Directory:Graph:TeamsAppCatalogId");
        harness.Graph.RequestCount.Should().Be(0);
    }
}

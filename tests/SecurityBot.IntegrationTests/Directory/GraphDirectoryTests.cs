using Azure.Identity;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using SecurityBot.Platform.Directory;

namespace SecurityBot.IntegrationTests.Directory;

public sealed class GraphDirectoryTests
{
    private const string Alice = "11111111-1111-4111-8111-111111111111";
    private const string Bob = "22222222-2222-4222-8222-222222222222";
    private const string Carol = "33333333-3333-4333-8333-333333333333";
    private const string Dan = "44444444-4444-4444-8444-444444444444";

    [Fact]
    public async Task GetUserAsync_NonGraphBaseUrl_SendsTheCredentialsBearerToken()
    {
        await using var harness = await GraphDirectoryHarness.StartAsync();
        harness.AddUser(Alice, "Alice Example");

        var user = await harness.Directory.GetUserAsync(Alice);

        user!.DisplayName.Should().Be("Alice Example");
        var issued = harness.Token.IssuedTokens.Should().ContainSingle().Subject;
        harness.Graph.Requests.Should().ContainSingle().Which.Authorization.Should().Be("Bearer " + issued);
        new Uri(harness.Graph.BaseUrl).Host.Should().Be("127.0.0.1");
        harness.Token.Requests.Should().ContainSingle().Which.Body.Should()
            .Contain("grant_type=client_credentials").And.Contain($"client_id={GraphDirectoryHarness.ClientId}")
            .And.Contain($"scope={new Uri(harness.Graph.BaseUrl).GetLeftPart(UriPartial.Authority)}/.default");
    }

    [Fact]
    public async Task GetUserAsync_WrongClientSecret_FailsWithoutCallingGraph()
    {
        await using var harness = await GraphDirectoryHarness.StartAsync(clientSecret: "wrong-secret");
        harness.AddUser(Alice, "Alice Example");

        var lookup = () => harness.Directory.GetUserAsync(Alice);

        (await lookup.Should().ThrowAsync<DirectoryUnavailableException>()).WithInnerException<AuthenticationFailedException>();
        harness.Graph.RequestCount.Should().Be(0);
    }

    [Fact]
    public async Task GetUserAsync_ByUserPrincipalName_ReturnsUser()
    {
        await using var harness = await GraphDirectoryHarness.StartAsync();
        harness.AddUser(Alice, "Alice Example");

        var user = await harness.Directory.GetUserAsync("alice.example@contoso.test");

        user!.Id.Should().Be(Alice);
    }

    [Fact]
    public async Task GetUserAsync_UnknownUser_ReturnsNull()
    {
        await using var harness = await GraphDirectoryHarness.StartAsync();

        (await harness.Directory.GetUserAsync(Alice)).Should().BeNull();
    }

    [Fact]
    public async Task GetManagerAsync_ManagerEndpointAnswers404_ReturnsNoManager()
    {
        await using var harness = await GraphDirectoryHarness.StartAsync();
        harness.AddUser(Alice, "Alice Example");

        var manager = await harness.Directory.GetManagerAsync(Alice);

        manager.Should().BeNull();
        harness.RequestsTo($"/users/{Alice}/manager").Should().Be(1);
    }

    [Fact]
    public async Task GetManagerChainAsync_ThreeLevels_ReturnsNearestFirstAndStopsAtTheTop()
    {
        await using var harness = await GraphDirectoryHarness.StartAsync();
        harness.AddUser(Dan, "Dan Chief");
        harness.AddUser(Carol, "Carol Director", Dan);
        harness.AddUser(Bob, "Bob Manager", Carol);
        harness.AddUser(Alice, "Alice Example", Bob);

        var chain = await harness.Directory.GetManagerChainAsync(Alice, maxLevels: 10);

        chain.Select(u => u.Id).Should().Equal(Bob, Carol, Dan);
    }

    [Fact]
    public async Task GetGroupMembersAsync_MoreMembersThanAPage_FollowsAbsoluteNextLinksAndExpandsNestedGroups()
    {
        await using var harness = await GraphDirectoryHarness.StartAsync();
        harness.Graph.PageSize = 100;
        var ids = Enumerable.Range(0, 240).Select(i => $"00000000-0000-4000-8000-{i:D12}").ToArray();
        foreach (var id in ids)
        {
            harness.AddUser(id, $"Member {id[^4..]}");
        }

        const string Nested = "0a6b7c8d-0000-4000-8000-00000000b001";
        harness.Graph.AddGroup(Nested, ids[200..]);
        harness.Graph.AddGroup(GraphDirectoryHarness.SecurityTeamGroupId, [.. ids[..200], Nested]);

        var members = await harness.Directory.GetGroupMembersAsync(GraphDirectoryHarness.SecurityTeamGroupId);

        members.Select(m => m.Id).Should().BeEquivalentTo(ids, "nested members count, the nested group object itself does not");
        var pages = harness.Graph.Requests.Where(r => r.PathAndQuery.Contains("/transitiveMembers", StringComparison.Ordinal)).ToList();
        pages.Should().HaveCount(3);
        pages.Skip(1).Should().OnlyContain(r => r.PathAndQuery.Contains("$skiptoken=", StringComparison.Ordinal));
        pages.Should().OnlyContain(r => r.Authorization!.StartsWith("Bearer fake-graph-token-", StringComparison.Ordinal));
    }

    [Fact]
    public async Task GetGroupMembersAsync_NestedGroupsAndNonUserMembersOverManyPages_ReturnsEachPersonOnce()
    {
        await using var harness = await GraphDirectoryHarness.StartAsync();
        harness.Graph.PageSize = 2;
        const string Erin = "55555555-5555-4555-8555-555555555555";
        const string Outer = "0a6b7c8d-0000-4000-8000-00000000b011";
        const string Inner = "0a6b7c8d-0000-4000-8000-00000000b012";
        const string Laptop = "0a6b7c8d-0000-4000-8000-00000000d001";
        const string App = "0a6b7c8d-0000-4000-8000-00000000e001";
        foreach (var (id, name) in new[] { (Alice, "Alice Example"), (Bob, "Bob Example"), (Carol, "Carol Example"), (Dan, "Dan Example"), (Erin, "Erin Example") })
        {
            harness.AddUser(id, name);
        }

        harness.Graph.AddDirectoryObject(Laptop, "#microsoft.graph.device");
        harness.Graph.AddDirectoryObject(App, "#microsoft.graph.servicePrincipal");
        // Alice and Bob are reachable along two paths each, and the inner group nests the outer one back.
        harness.Graph.AddGroup(GraphDirectoryHarness.SecurityTeamGroupId, Alice, Bob, Outer, Laptop, App);
        harness.Graph.AddGroup(Outer, Bob, Carol, Inner);
        harness.Graph.AddGroup(Inner, Alice, Dan, Erin, Outer, Laptop);

        var members = await harness.Directory.GetGroupMembersAsync(GraphDirectoryHarness.SecurityTeamGroupId);

        members.Select(m => m.Id).Should().OnlyHaveUniqueItems().And.BeEquivalentTo([Alice, Bob, Carol, Dan, Erin],
            "people count once; groups, devices and service principals are not people");
        members.Single(m => m.Id == Carol).DisplayName.Should().Be("Carol Example");
        harness.RequestsTo("/transitiveMembers").Should().BeGreaterThanOrEqualTo(3);
    }

    [Fact]
    public async Task GetGroupMembersAsync_NextLinkToAnotherHost_GetsNoToken()
    {
        await using var harness = await GraphDirectoryHarness.StartAsync();
        harness.Graph.PageSize = 1;
        harness.AddUser(Alice, "Alice Example");
        harness.AddUser(Bob, "Bob Example");
        harness.Graph.AddGroup(GraphDirectoryHarness.SecurityTeamGroupId, Alice, Bob);
        // Same server, different host name: only the configured host (127.0.0.1) may receive the bearer token.
        harness.Graph.NextLinkBaseUrl = harness.Graph.BaseUrl.Replace("127.0.0.1", "localhost", StringComparison.Ordinal);

        var lookup = () => harness.Directory.GetGroupMembersAsync(GraphDirectoryHarness.SecurityTeamGroupId);

        await lookup.Should().ThrowAsync<DirectoryUnavailableException>();
        harness.Graph.Requests.Should().HaveCount(2);
        harness.Graph.Requests.Last().Authorization.Should().BeNull();
    }

    [Fact]
    public async Task GetGroupMembersAsync_UnknownGroup_ReturnsEmpty()
    {
        await using var harness = await GraphDirectoryHarness.StartAsync();

        (await harness.Directory.GetGroupMembersAsync("0a6b7c8d-0000-4000-8000-00000000ffff")).Should().BeEmpty();
    }

    [Fact]
    public async Task GetUserAsync_ThrottledOnceWithRetryAfter_RetriesAndSucceeds()
    {
        await using var harness = await GraphDirectoryHarness.StartAsync();
        harness.AddUser(Alice, "Alice Example");
        harness.Graph.Throttle(count: 1, retryAfterSeconds: 1);

        var user = await harness.Directory.GetUserAsync(Alice);

        user.Should().NotBeNull();
        harness.RequestsTo($"/users/{Alice}").Should().Be(2);
    }

    [Fact]
    public async Task GetUserAsync_ThrottledBeyondMaxRetries_FailsAfterBoundedAttemptsAndIsNotCached()
    {
        await using var harness = await GraphDirectoryHarness.StartAsync(new Dictionary<string, string?> { ["Directory:Graph:MaxRetries"] = "1" });
        harness.AddUser(Alice, "Alice Example");
        harness.Graph.Throttle(count: 5, retryAfterSeconds: 1);

        var lookup = () => harness.Directory.GetUserAsync(Alice);

        (await lookup.Should().ThrowAsync<DirectoryUnavailableException>()).Which.Message.Should().Contain(Alice);
        harness.RequestsTo($"/users/{Alice}").Should().Be(2, "one try and one bounded retry");

        harness.Graph.Throttle(count: 0, retryAfterSeconds: 1);
        (await harness.Directory.GetUserAsync(Alice)).Should().NotBeNull("a failure is never cached");
    }

    [Fact]
    public async Task Start_GraphProviderWithoutCredentials_FailsValidationNamingTheKeys()
    {
        var start = () => GraphDirectoryHarness.StartAsync(new Dictionary<string, string?> { ["MicrosoftAppPassword"] = "" }, clientSecret: "");

        (await start.Should().ThrowAsync<OptionsValidationException>())
            .Which.Message.Should().Contain("Directory:Graph:ClientSecret");
    }

    [Fact]
    public async Task AddDirectory_GraphProvider_ResolvesGraphBackedServices()
    {
        await using var harness = await GraphDirectoryHarness.StartAsync();

        harness.Directory.GetType().Name.Should().Be("CachingDirectory");
        harness.Services.GetRequiredService<SecurityBot.Platform.Directory.ITeamsAppInstaller>().GetType().Name.Should().Be("GraphTeamsAppInstaller");
    }
}

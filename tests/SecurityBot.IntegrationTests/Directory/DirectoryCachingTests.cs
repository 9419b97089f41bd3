namespace SecurityBot.IntegrationTests.Directory;

public sealed class DirectoryCachingTests
{
    private const string Alice = "11111111-1111-4111-8111-111111111111";
    private const string Bob = "22222222-2222-4222-8222-222222222222";

    [Fact]
    public async Task GetUserAsync_SecondLookup_MakesNoGraphCall()
    {
        await using var harness = await GraphDirectoryHarness.StartAsync();
        harness.AddUser(Alice, "Alice Example");
        await harness.Directory.GetUserAsync(Alice);
        harness.Graph.ClearRequests();

        var again = await harness.Directory.GetUserAsync(Alice);

        again!.Id.Should().Be(Alice);
        harness.Graph.RequestCount.Should().Be(0);
    }

    [Fact]
    public async Task GetManagerAsync_NoManager_IsRememberedAsNoManager()
    {
        await using var harness = await GraphDirectoryHarness.StartAsync();
        harness.AddUser(Alice, "Alice Example");
        (await harness.Directory.GetManagerAsync(Alice)).Should().BeNull();
        harness.Graph.ClearRequests();

        (await harness.Directory.GetManagerAsync(Alice)).Should().BeNull();

        harness.Graph.RequestCount.Should().Be(0);
    }

    [Fact]
    public async Task IsMemberAsync_AfterGroupLoaded_AnswersWithoutGraphCalls()
    {
        await using var harness = await GraphDirectoryHarness.StartAsync();
        harness.AddUser(Alice, "Alice Example");
        harness.AddUser(Bob, "Bob Example");
        harness.Graph.AddGroup(GraphDirectoryHarness.SecurityTeamGroupId, Alice);
        await harness.Directory.GetGroupMembersAsync(GraphDirectoryHarness.SecurityTeamGroupId);
        harness.Graph.ClearRequests();

        (await harness.Directory.IsMemberAsync(Alice, GraphDirectoryHarness.SecurityTeamGroupId)).Should().BeTrue();
        (await harness.Directory.IsMemberAsync(Bob, GraphDirectoryHarness.SecurityTeamGroupId)).Should().BeFalse();

        harness.Graph.RequestCount.Should().Be(0);
    }

    [Fact]
    public async Task GetUserAsync_ConcurrentLookupsOfOneKey_MakeOneGraphCall()
    {
        await using var harness = await GraphDirectoryHarness.StartAsync();
        harness.AddUser(Alice, "Alice Example");
        await harness.Directory.GetUserAsync(Bob); // acquires the token, so only user lookups are counted below
        harness.Graph.ClearRequests();
        harness.Graph.ResponseDelay = TimeSpan.FromMilliseconds(300);

        var lookups = Enumerable.Range(0, 25).Select(_ => Task.Run(() => harness.Directory.GetUserAsync(Alice))).ToArray();
        var users = await Task.WhenAll(lookups);

        users.Should().OnlyContain(u => u != null && u.Id == Alice);
        harness.Graph.RequestCount.Should().Be(1);
    }

    [Fact]
    public async Task GetUserAsync_CallerCancels_OtherWaitersStillGetTheAnswer()
    {
        await using var harness = await GraphDirectoryHarness.StartAsync();
        harness.AddUser(Alice, "Alice Example");
        await harness.Directory.GetUserAsync(Bob);
        harness.Graph.ResponseDelay = TimeSpan.FromMilliseconds(300);
        using var impatient = new CancellationTokenSource();

        var cancelled = harness.Directory.GetUserAsync(Alice, impatient.Token);
        var patient = harness.Directory.GetUserAsync(Alice);
        await impatient.CancelAsync();

        await ((Func<Task>)(() => cancelled)).Should().ThrowAsync<OperationCanceledException>();
        (await patient)!.Id.Should().Be(Alice);
    }
}

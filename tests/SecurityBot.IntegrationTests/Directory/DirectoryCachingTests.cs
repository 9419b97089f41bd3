using SecurityBot.Testing.Time;

namespace SecurityBot.IntegrationTests.Directory;

public sealed class DirectoryCachingTests
{
    private const string Alice = "11111111-1111-4111-8111-111111111111";
    private const string Bob = "22222222-2222-4222-8222-222222222222";
    private static readonly TimeSpan HeldFor = TimeSpan.FromMilliseconds(300);

    /// <summary>
    /// Makes the fake Graph hold every answer on a manual clock: lookups stay in flight, with no real waiting, until
    /// the test moves the clock by <see cref="HeldFor"/>.
    /// </summary>
    private static ManualTimeProvider HoldGraphAnswers(GraphDirectoryHarness harness)
    {
        var clock = new ManualTimeProvider();
        harness.Graph.Time = clock;
        harness.Graph.ResponseDelay = HeldFor;
        return clock;
    }

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
        var graphClock = HoldGraphAnswers(harness);

        var lookups = Enumerable.Range(0, 25).Select(_ => Task.Run(() => harness.Directory.GetUserAsync(Alice))).ToArray();
        await graphClock.WaitForTimerAsync(_ => true);
        lookups.Should().OnlyContain(t => !t.IsCompleted, "Graph's answer is held until the clock moves");
        graphClock.Advance(HeldFor);
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
        var graphClock = HoldGraphAnswers(harness);
        using var impatient = new CancellationTokenSource();

        var cancelled = harness.Directory.GetUserAsync(Alice, impatient.Token);
        var patient = harness.Directory.GetUserAsync(Alice);
        await graphClock.WaitForTimerAsync(_ => true);
        await impatient.CancelAsync();

        await ((Func<Task>)(() => cancelled)).Should().ThrowAsync<OperationCanceledException>();
        patient.IsCompleted.Should().BeFalse("the lookup is still held at Graph when the impatient caller leaves");
        graphClock.Advance(HeldFor);
        (await patient)!.Id.Should().Be(Alice);
    }
}

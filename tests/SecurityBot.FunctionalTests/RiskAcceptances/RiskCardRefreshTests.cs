using System.Text.Json;
using SecurityBot.Platform.Persistence;
using static SecurityBot.FunctionalTests.CardJson;

namespace SecurityBot.FunctionalTests.RiskAcceptances;

public sealed class SqliteRiskCardRefreshTests() : RiskCardRefreshTests(DatabaseProvider.Sqlite);

public sealed class PostgresRiskCardRefreshTests() : RiskCardRefreshTests(DatabaseProvider.PostgreSQL);

/// <summary>
/// The risk card's refresh (Universal Actions) through /api/messages with the invoke Teams sends when a card is opened
/// (adaptiveCard/action, verb risk.refresh, trigger automatic): the server answers each opener with their own view of the
/// request as it is now, decided from the authenticated sender and the directory; someone who may not see the request
/// learns nothing, whatever the card data says.
/// </summary>
public abstract class RiskCardRefreshTests(DatabaseProvider provider) : IAsyncLifetime
{
    private const string Title = "Legacy build server without disk encryption";
    private BotHarness _bot = null!;

    public async Task InitializeAsync()
    {
        _bot = await BotHarness.StartAsync(provider);
        // Talking to the bot once stores each person's Teams id, which a card's refresh.userIds needs.
        foreach (var person in new[] { Person.Alex, Person.Isaiah, Person.Megan, Person.Priya, Person.Jin })
        {
            (await _bot.SayAsync(person, "help")).EnsureSuccessStatusCode();
        }

        await _bot.PressAsync(Person.Alex, "risk.request.submit", RiskForms.Valid());
    }

    public async Task DisposeAsync() => await _bot.DisposeAsync();

    [Fact]
    public async Task Refresh_CurrentStageApprover_SeesTheDecisionButtons()
    {
        var sent = await _bot.WaitForCardAsync(Person.Megan, "RA-000001");
        var refresh = sent.GetProperty("refresh");
        refresh.GetProperty("action").GetProperty("verb").GetString().Should().Be("risk.refresh");
        // The requester is listed too: their own view has Withdraw while the request waits.
        refresh.GetProperty("userIds").EnumerateArray().Select(id => id.GetString()).Should().Equal(Person.Alex.TeamsId, Person.Megan.TeamsId);

        var card = Card(await _bot.RefreshAsync(Person.Megan, RefreshData(sent)));

        Texts(card).Should().Contain(Title);
        HasAction(card, "Approve").Should().BeTrue();
        HasAction(card, "Reject").Should().BeTrue();
        HasAction(card, "Request changes").Should().BeTrue();
    }

    [Fact]
    public async Task Refresh_Requester_SeesTheirRequestWithoutApproveAndEditOnceChangesAreRequested()
    {
        var sent = await _bot.WaitForCardAsync(Person.Megan, "RA-000001");

        var pending = Card(await _bot.RefreshAsync(Person.Alex, RefreshData(sent)));
        await _bot.PressAsync(Person.Megan, "risk.changes", RiskForms.Merge(ActionData(sent, "Request changes"), "changesComment", "Attach the cage log."));
        // The card Alex opens still shows the version before the changes were requested: the answer is the current state.
        var changes = Card(await _bot.RefreshAsync(Person.Alex, RefreshData(sent)));

        Texts(pending).Should().Contain(Title);
        HasAction(pending, "Approve").Should().BeFalse("a requester never decides their own request");
        HasAction(changes, "Edit and resubmit").Should().BeTrue();
        HasAction(changes, "Approve").Should().BeFalse();
        Texts(changes).Should().Contain("Changes requested").And.Contain("Attach the cage log.");
    }

    [Fact]
    public async Task Refresh_SecurityTeamMemberWhoMayView_ReadOnly()
    {
        var sent = await _bot.WaitForCardAsync(Person.Megan, "RA-000001");

        var card = Card(await _bot.RefreshAsync(Person.Jin, RefreshData(sent)));

        Texts(card).Should().Contain(Title).And.Contain("Alex Wilber");
        card.TryGetProperty("actions", out var actions).Should().BeFalse("someone with nothing to do gets no button: {0}", actions);
    }

    [Fact]
    public async Task Refresh_StrangerOrForgedData_SameAnswerAsForAMissingNumberAndNothingChanges()
    {
        var sent = await _bot.WaitForCardAsync(Person.Megan, "RA-000001");
        var before = await _bot.FindRiskAsync("RA-000001");
        await _bot.WaitForOutboxDrainedAsync();
        var posted = _bot.Connector.Posted.Count;

        var stranger = await _bot.RefreshRawAsync(Person.Isaiah, RefreshData(sent));
        var missing = await _bot.RefreshRawAsync(Person.Isaiah, new { id = "RA-000999", version = before.Version });
        var strangerStale = await _bot.RefreshRawAsync(Person.Isaiah, new { id = "RA-000001", version = 1 });
        string[] malformed =
        [
            await _bot.RefreshRawAsync(Person.Isaiah, new { id = "RA-000001" }),
            await _bot.RefreshRawAsync(Person.Isaiah, new { version = before.Version }),
            await _bot.RefreshRawAsync(Person.Isaiah, new { id = "'; DROP TABLE RiskAcceptances; --", version = "x" }),
            await _bot.RefreshRawAsync(Person.Isaiah, new { id = new { nested = "RA-000001" }, version = -1 }),
        ];

        stranger.Should().Be(missing, "the answer must not tell an existing request from a missing one");
        strangerStale.Should().Be(missing);
        JsonDocument.Parse(stranger).RootElement.GetProperty("statusCode").GetInt32().Should().Be(404);
        foreach (var answer in malformed.Append(stranger))
        {
            answer.Should().NotContain(Title).And.NotContain("Alex").And.NotContain("build-01").And.NotContain("RA-000001");
        }

        var after = await _bot.FindRiskAsync("RA-000001");
        after.Version.Should().Be(before.Version, "a refresh changes nothing");
        after.Decisions.Should().BeEmpty();
        await _bot.WaitForOutboxDrainedAsync();
        _bot.Connector.Posted.Count.Should().Be(posted, "a refresh sends and updates nothing");
    }

    [Fact]
    public async Task Refresh_AfterTheFirstStageApproval_FirstApproverReadOnlyAndSecondApproverSeesButtons()
    {
        var sent = await _bot.WaitForCardAsync(Person.Megan, "RA-000001");
        await _bot.PressAsync(Person.Megan, "risk.approve", ActionData(sent, "Approve"));
        var csoCard = await _bot.WaitForCardAsync(Person.Priya, "approved by Megan Bowen");

        // Megan's copy still carries the version she approved; the refresh answers with the request as it is now.
        var manager = Card(await _bot.RefreshAsync(Person.Megan, RefreshData(sent)));
        var cso = Card(await _bot.RefreshAsync(Person.Priya, RefreshData(sent)));

        HasAction(manager, "Approve").Should().BeFalse("whoever approved the first stage does not sign the second");
        Texts(manager).Should().Contain("approved by Megan Bowen").And.Contain("stage 2 of 2");
        HasAction(cso, "Approve").Should().BeTrue();
        HasAction(cso, "Reject").Should().BeTrue();
        csoCard.GetProperty("refresh").GetProperty("userIds").EnumerateArray().Select(id => id.GetString()).Should().Equal(Person.Alex.TeamsId, Person.Priya.TeamsId);
        (await _bot.FindRiskAsync("RA-000001")).Decisions.Should().ContainSingle();
    }

    /// <summary>The data of the card's refresh action, as Teams sends it back.</summary>
    private static JsonElement RefreshData(JsonElement card) => card.GetProperty("refresh").GetProperty("action").GetProperty("data").Clone();
}

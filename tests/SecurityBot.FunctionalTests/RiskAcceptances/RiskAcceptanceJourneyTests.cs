using System.Text.Json;
using SecurityBot.Platform.Persistence;
using SecurityBot.RiskAcceptances.Domain;
using Xunit.Abstractions;
using static SecurityBot.FunctionalTests.CardJson;

namespace SecurityBot.FunctionalTests.RiskAcceptances;

public sealed class SqliteRiskAcceptanceJourneyTests(ITestOutputHelper output) : RiskAcceptanceJourneyTests(DatabaseProvider.Sqlite, output);

public sealed class PostgresRiskAcceptanceJourneyTests(ITestOutputHelper output) : RiskAcceptanceJourneyTests(DatabaseProvider.PostgreSQL, output);

/// <summary>
/// Risk acceptances end to end through /api/messages: real Teams activity JSON in, cards out through the outbox to a
/// real-HTTP fake connector, the clock moved for reminders and expiry.
/// </summary>
public abstract class RiskAcceptanceJourneyTests(DatabaseProvider provider, ITestOutputHelper output) : IAsyncLifetime
{
    private readonly ShiftableClock _clock = new();
    private BotHarness _bot = null!;

    public async Task InitializeAsync()
    {
        _bot = await BotHarness.StartAsync(provider, clock: _clock);
        // Everyone has talked to the bot once, so their 1:1 conversation is known for proactive cards.
        foreach (var person in new[] { Person.Alex, Person.Isaiah, Person.Megan, Person.Priya })
        {
            (await _bot.SayAsync(person, "help")).EnsureSuccessStatusCode();
        }
    }

    public async Task DisposeAsync() => await _bot.DisposeAsync();

    [Fact]
    public async Task Journey_EngineerRequests_ManagerThenCsoApprove_NobodyElseCan_DoubleClickChangesNothing_ReminderAndExpiryOnTime()
    {
        (await _bot.SayAsync(Person.Alex, "risk")).EnsureSuccessStatusCode();
        var form = await _bot.WaitForCardAsync(Person.Alex, "Request a risk acceptance");
        HasAction(form, "Submit for approval").Should().BeTrue();

        var submitted = await _bot.PressAsync(Person.Alex, "risk.request.submit", RiskForms.Valid());
        Texts(submitted).Should().Contain("RA-000001 was submitted").And.Contain("Megan Bowen");

        var managerCard = await _bot.WaitForCardAsync(Person.Megan, "RA-000001");
        var approve = ActionData(managerCard, "Approve");
        HasAction(managerCard, "Reject").Should().BeTrue();
        HasAction(managerCard, "Request changes").Should().BeTrue();

        var stranger = await _bot.PressAsync(Person.Isaiah, "risk.approve", approve);
        stranger.GetProperty("statusCode").GetInt32().Should().Be(404, "someone who may not see it is answered as for a missing number");
        var self = await _bot.PressAsync(Person.Alex, "risk.approve", approve);
        Texts(self).Should().Contain("your own request");
        var csoTooEarly = await _bot.PressAsync(Person.Priya, "risk.approve", approve);
        Texts(csoTooEarly).Should().Contain("only the approvers of its manager stage").And.NotContain("Megan Bowen");

        var managerApproves = await _bot.PressAsync(Person.Megan, "risk.approve", approve);
        Texts(managerApproves).Should().Contain("You approved RA-000001").And.Contain("Priya Raman");
        var doubleClick = await _bot.PressAsync(Person.Megan, "risk.approve", approve);
        Texts(doubleClick).Should().Contain("already approved by Megan Bowen at");

        var csoCard = await _bot.WaitForCardAsync(Person.Priya, "approved by Megan Bowen");
        Texts(csoCard).Should().Contain("Cryptography and Encryption Policy").And.Contain("16 — Critical");
        var csoApproves = await _bot.PressAsync(Person.Priya, "risk.approve", ActionData(csoCard, "Approve"));
        Texts(csoApproves).Should().Contain("accepted");

        await _bot.WaitForCardAsync(Person.Alex, "is accepted until");
        var risk = await FindAsync("RA-000001");
        risk.Status.Should().Be(RiskAcceptanceStatus.Accepted);
        risk.Decisions.Should().HaveCount(2);
        await EventuallyAsync(() => _bot.Connector.Posted.Any(p => p.IsUpdate && p.ConversationId == Person.Megan.Conversation),
            "Megan's card copy is updated after the CSO's decision");

        _clock.MoveTo(risk.ExpiresAt!.Value.AddDays(-30).AddSeconds(1));
        var reminder = await _bot.WaitForCardAsync(Person.Alex, "expires in 30 days");
        HasAction(reminder, "Renew").Should().BeTrue();
        HasAction(reminder, "Mark remediated").Should().BeTrue();

        _clock.MoveTo(risk.ExpiresAt!.Value.AddSeconds(1));
        await _bot.WaitForCardAsync(Person.Alex, "expired on");
        (await FindAsync("RA-000001")).Status.Should().Be(RiskAcceptanceStatus.Expired);
    }

    [Fact]
    public async Task Renew_FromTheReminderCard_OnlyTheRequesterMay_ApprovedAgainThroughTheChain()
    {
        await _bot.PressAsync(Person.Alex, "risk.request.submit", RiskForms.Valid());
        await _bot.PressAsync(Person.Megan, "risk.approve", ActionData(await _bot.WaitForCardAsync(Person.Megan, "RA-000001"), "Approve"));
        await _bot.PressAsync(Person.Priya, "risk.approve", ActionData(await _bot.WaitForCardAsync(Person.Priya, "approved by Megan Bowen"), "Approve"));
        var firstExpiry = (await FindAsync("RA-000001")).ExpiresAt!.Value;
        _clock.MoveTo(firstExpiry.AddDays(-30).AddSeconds(1));
        var renew = RiskForms.Merge(ActionData(await _bot.WaitForCardAsync(Person.Alex, "expires in 30 days"), "Submit renewal"), "durationDays", "60");

        var stranger = await _bot.PressAsync(Person.Isaiah, "risk.renew", renew);
        var renewed = await _bot.PressAsync(Person.Alex, "risk.renew", renew);

        stranger.GetProperty("statusCode").GetInt32().Should().Be(404, "a stranger learns nothing about RA-000001");
        var pending = await FindAsync("RA-000001");
        pending.Status.Should().Be(RiskAcceptanceStatus.PendingApproval, Texts(renewed));
        pending.IsRenewal.Should().BeTrue();
        pending.RenewalCount.Should().Be(1, "the stranger's click changed nothing");

        var managerCard = await _bot.WaitForCardAsync(Person.Megan, "Renewal pending approval");
        await _bot.PressAsync(Person.Megan, "risk.approve", ActionData(managerCard, "Approve"));
        // Not just "renewal": the weekly digest, which the moved clock also brings, says "Expired without renewal".
        var csoCard = await _bot.WaitForCardAsync(Person.Priya, "Renewal pending approval");
        await _bot.PressAsync(Person.Priya, "risk.approve", ActionData(csoCard, "Approve"));

        var accepted = await FindAsync("RA-000001");
        accepted.Status.Should().Be(RiskAcceptanceStatus.Accepted);
        accepted.RenewalCount.Should().Be(1);
        accepted.ExpiresAt.Should().BeCloseTo(_clock.GetUtcNow().AddDays(60), TimeSpan.FromMinutes(1), "the renewal runs for the 60 days asked, from its approval");
    }

    [Fact]
    public async Task Approve_FiftyParallelClicksThroughTheEndpoint_ExactlyOneDecision()
    {
        await _bot.PressAsync(Person.Alex, "risk.request.submit", RiskForms.Valid());
        var approve = ActionData(await _bot.WaitForCardAsync(Person.Megan, "RA-000001"), "Approve");

        var watch = System.Diagnostics.Stopwatch.StartNew();
        var timed = await Task.WhenAll(Enumerable.Range(0, 50).Select(_ => Task.Run(async () =>
        {
            var one = System.Diagnostics.Stopwatch.StartNew();
            var body = await _bot.PressAsync(Person.Megan, "risk.approve", approve);
            return (Body: body, Ms: one.Elapsed.TotalMilliseconds);
        })));
        watch.Stop();
        var latencies = timed.Select(t => t.Ms).Order().ToList();
        // Reported, not asserted (no timed assertions).
        output.WriteLine($"50 parallel approve invokes via /api/messages: all answered in {watch.ElapsedMilliseconds} ms; per invoke p50 {latencies[24]:F0} ms, max {latencies[^1]:F0} ms");
        var clicks = timed.Select(t => t.Body).ToList();

        var texts = clicks.Select(c => Texts(c)).ToList();
        texts.Count(t => t.Contains("You approved RA-000001", StringComparison.Ordinal)).Should().Be(1);
        texts.Count(t => t.Contains("already approved by Megan Bowen", StringComparison.Ordinal)).Should().Be(49);
        (await FindAsync("RA-000001")).Decisions.Should().ContainSingle();
    }

    [Fact]
    public async Task Decide_ForgedCardData_Refused()
    {
        await _bot.PressAsync(Person.Alex, "risk.request.submit", RiskForms.Valid());
        var approve = ActionData(await _bot.WaitForCardAsync(Person.Megan, "RA-000001"), "Approve");

        var otherStage = await _bot.PressAsync(Person.Megan, "risk.approve", new { id = "RA-000001", version = approve.GetProperty("version").GetInt64(), stage = 1 });
        var otherRequest = await _bot.PressAsync(Person.Megan, "risk.approve", new { id = "RA-000042", version = 2, stage = 0 });
        var noData = await _bot.PressAsync(Person.Megan, "risk.approve", new { });

        Texts(otherStage).Should().Contain("does not match the current stage");
        otherRequest.GetProperty("statusCode").GetInt32().Should().Be(404);
        noData.GetProperty("statusCode").GetInt32().Should().Be(400);
        (await FindAsync("RA-000001")).Decisions.Should().BeEmpty();
    }

    [Fact]
    public async Task Submit_InvalidForm_FormComesBackWithEveryError()
    {
        var response = await _bot.PressAsync(Person.Alex, "risk.request.submit", new { title = "x", likelihood = "9", durationDays = "999" });

        var text = Texts(response);
        text.Should().Contain("Please correct").And.Contain("Title must be at least 3").And.Contain("Likelihood must be").And.Contain("1 to 365 days");
        HasAction(Card(response), "Submit for approval").Should().BeTrue();
    }

    [Fact]
    public async Task RequestException_FromAPolicyAnswer_FormPrefilledWithPolicyAndSection()
    {
        var response = await _bot.PressAsync(Person.Alex, "risk.request.open", new { policyId = "encryption", section = "2" });

        var card = Card(response);
        var json = card.GetRawText();
        json.Should().Contain("\"id\":\"policyId\"").And.Contain("\"value\":\"encryption\"");
        json.Should().Contain("\"id\":\"section\"").And.Contain("\"value\":\"2\"");
    }

    [Fact]
    public async Task RejectWithoutComment_Refused_RequestChanges_RequesterEditsAndResubmits()
    {
        await _bot.PressAsync(Person.Alex, "risk.request.submit", RiskForms.Valid());
        var card = await _bot.WaitForCardAsync(Person.Megan, "RA-000001");

        var reject = await _bot.PressAsync(Person.Megan, "risk.reject", ActionData(card, "Reject"));
        Texts(reject).Should().Contain("needs a comment");
        var changes = await _bot.PressAsync(Person.Megan, "risk.changes", RiskForms.Merge(ActionData(card, "Request changes"), "changesComment", "Attach the cage access log."));
        Texts(changes).Should().Contain("sent back for changes");

        var requesterCard = await _bot.WaitForCardAsync(Person.Alex, "Attach the cage access log");
        (await FindAsync("RA-000001")).Status.Should().Be(RiskAcceptanceStatus.ChangesRequested);
        requesterCard.GetRawText().Should().NotContain("risk.approve");

        var form = await _bot.PressAsync(Person.Alex, "risk.edit", ActionData(requesterCard, "Edit and resubmit"));
        Texts(form).Should().Contain("Edit RA-000001 and resubmit");
        var resubmitData = ActionData(Card(form), "Resubmit for approval");
        var edited = JsonSerializer.Deserialize<Dictionary<string, object?>>(JsonSerializer.Serialize(RiskForms.Valid()))!;
        edited["id"] = resubmitData.GetProperty("id").GetString();
        edited["version"] = resubmitData.GetProperty("version").GetInt64();
        edited["controls"] = "Locked cage (access log attached); disks wiped before disposal.";
        var resubmitted = await _bot.PressAsync(Person.Alex, "risk.resubmit", edited);
        Texts(resubmitted).Should().Contain("RA-000001 was resubmitted");
        var again = await _bot.WaitForCardAsync(Person.Megan, "resubmitted RA-000001");
        Texts(again).Should().Contain("access log attached");
        (await FindAsync("RA-000001")).Round.Should().Be(2);
    }

    [Fact]
    public async Task Commands_ListShowExportVerify_AnswerWithRoleAwareCards()
    {
        await _bot.PressAsync(Person.Alex, "risk.request.submit", RiskForms.Valid());

        await _bot.SayAsync(Person.Alex, "risk list");
        Texts((await _bot.WaitForPostedTextAsync(Person.Alex, "Risk acceptances")).Body).Should().Contain("RA-000001").And.NotContain("Active register");
        await _bot.SayAsync(Person.Priya, "risk list");
        Texts((await _bot.WaitForPostedTextAsync(Person.Priya, "Active register")).Body).Should().Contain("Yours");
        await _bot.SayAsync(Person.Isaiah, "risk RA-000001");
        await _bot.WaitForPostedTextAsync(Person.Isaiah, "There is no risk acceptance with that number that you can see.");
        await _bot.SayAsync(Person.Priya, "risk export");
        Texts((await _bot.WaitForPostedTextAsync(Person.Priya, "Risk register export")).Body).Should().Contain("RA-000001,");
        await _bot.SayAsync(Person.Alex, "risk verify");
        await _bot.WaitForPostedTextAsync(Person.Alex, "Only the security team");
        await _bot.SayAsync(Person.Priya, "risk verify");
        await _bot.WaitForPostedTextAsync(Person.Priya, "Audit log intact");
    }

    private Task<RiskAcceptance> FindAsync(string reference) => _bot.FindRiskAsync(reference);

    private static async Task EventuallyAsync(Func<bool> condition, string because)
    {
        var deadline = DateTime.UtcNow + TimeSpan.FromSeconds(20);
        while (!condition() && DateTime.UtcNow < deadline)
        {
            await Task.Delay(25);
        }

        condition().Should().BeTrue(because);
    }
}

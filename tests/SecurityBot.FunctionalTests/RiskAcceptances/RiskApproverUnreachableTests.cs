using Microsoft.EntityFrameworkCore;
using SecurityBot.Platform.Audit;
using SecurityBot.Platform.Persistence;
using SecurityBot.RiskAcceptances.Domain;
using Xunit.Abstractions;
using static SecurityBot.FunctionalTests.CardJson;

namespace SecurityBot.FunctionalTests.RiskAcceptances;

public sealed class SqliteRiskApproverUnreachableTests(ITestOutputHelper output) : RiskApproverUnreachableTests(DatabaseProvider.Sqlite, output);

public sealed class PostgresRiskApproverUnreachableTests(ITestOutputHelper output) : RiskApproverUnreachableTests(DatabaseProvider.PostgreSQL, output);

/// <summary>
/// Issue 20 item 4 through /api/messages: the manager-stage approver blocked SecurityBot (the fake connector answers
/// 403 ConversationBlockedByUser), so the stage goes to their manager, the requester is told who has it, and the
/// stand-in's approval moves the request on.
/// </summary>
public abstract class RiskApproverUnreachableTests(DatabaseProvider provider, ITestOutputHelper output) : IAsyncLifetime
{
    private BotHarness _bot = null!;

    public async Task InitializeAsync()
    {
        _bot = await BotHarness.StartAsync(provider);
        foreach (var person in new[] { Person.Alex, Person.Megan, Person.Priya, Person.Rahul })
        {
            (await _bot.SayAsync(person, "help")).EnsureSuccessStatusCode();
        }
    }

    public async Task DisposeAsync() => await _bot.DisposeAsync();

    [Fact]
    public async Task Submit_ManagerBlockedTheBot_ManagersManagerGetsTheCardRequesterToldAndTheirApprovalMovesItOn()
    {
        _bot.Connector.Block(Person.Megan.Conversation);

        (await _bot.PressAsync(Person.Alex, "risk.request.submit", RiskForms.Valid())).ValueKind.Should().NotBe(System.Text.Json.JsonValueKind.Undefined);

        var standInCard = await _bot.WaitForCardAsync(Person.Rahul, "Megan Bowen could not be reached; Rahul Mehta now has RA-000001 at the manager stage");
        HasAction(standInCard, "Approve").Should().BeTrue("the stand-in decides the stage");
        var told = await _bot.WaitForCardAsync(Person.Alex, "Megan Bowen could not be reached; Rahul Mehta now has RA-000001");
        HasAction(told, "Approve").Should().BeFalse("the requester only learns who has it");

        var risk = await _bot.FindRiskAsync("RA-000001");
        risk.CurrentStage.Should().Be(SecurityBot.Platform.Routing.RiskAcceptanceStage.Manager);
        risk.Decisions.Select(d => (d.Kind, d.ApproverName)).Should().BeEquivalentTo(
            new[] { (RiskDecisionKind.HandedOver, "Megan Bowen"), (RiskDecisionKind.StandIn, "Rahul Mehta") });
        (await _bot.WithDbAsync(db => db.Set<AuditEntry>().CountAsync(e => e.EntityId == "RA-000001" && e.Action == "handed-over")))
            .Should().Be(1, "the hand-over is in the audit chain once");

        // Megan's old card data (she never got it, but the data is the same for everyone) decides nothing now.
        var megan = await _bot.PressAsync(Person.Megan, "risk.approve", ActionData(standInCard, "Approve"));
        Texts(megan).Should().NotContain("You approved");

        var approved = await _bot.PressAsync(Person.Rahul, "risk.approve", ActionData(standInCard, "Approve"));
        Texts(approved).Should().Contain("You approved RA-000001").And.Contain("Priya Raman");
        await _bot.WaitForCardAsync(Person.Priya, "approved by Rahul Mehta");
        output.WriteLine(Texts(told));
    }

    [Fact]
    public async Task Submit_ApproverReachable_NoHandOver()
    {
        await _bot.PressAsync(Person.Alex, "risk.request.submit", RiskForms.Valid());

        await _bot.WaitForCardAsync(Person.Megan, "RA-000001");
        await _bot.WaitForOutboxDrainedAsync();

        (await _bot.FindRiskAsync("RA-000001")).Decisions.Should().BeEmpty();
        _bot.Connector.Posted.Should().NotContain(p => p.ConversationId == Person.Rahul.Conversation && p.Body.Contains("RA-000001"));
    }
}

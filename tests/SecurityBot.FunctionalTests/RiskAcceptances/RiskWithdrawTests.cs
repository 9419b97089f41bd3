using Microsoft.EntityFrameworkCore;
using SecurityBot.Platform.Audit;
using SecurityBot.Platform.Persistence;
using SecurityBot.RiskAcceptances.Domain;
using static SecurityBot.FunctionalTests.CardJson;

namespace SecurityBot.FunctionalTests.RiskAcceptances;

public sealed class SqliteRiskWithdrawTests() : RiskWithdrawTests(DatabaseProvider.Sqlite);

public sealed class PostgresRiskWithdrawTests() : RiskWithdrawTests(DatabaseProvider.PostgreSQL);

/// <summary>
/// Issue 20 item 3 through /api/messages: the requester withdraws a pending request from their card; the approver's
/// copy loses its buttons and their old card data decides nothing; nobody else may withdraw it.
/// </summary>
public abstract class RiskWithdrawTests(DatabaseProvider provider) : IAsyncLifetime
{
    private BotHarness _bot = null!;

    public async Task InitializeAsync()
    {
        _bot = await BotHarness.StartAsync(provider);
        foreach (var person in new[] { Person.Alex, Person.Megan })
        {
            (await _bot.SayAsync(person, "help")).EnsureSuccessStatusCode();
        }
    }

    public async Task DisposeAsync() => await _bot.DisposeAsync();

    [Fact]
    public async Task Withdraw_RequesterWhilePending_ClosedApproverCopyLosesButtons()
    {
        var submitted = await _bot.PressAsync(Person.Alex, "risk.request.submit", RiskForms.Valid());
        Texts(submitted).Should().Contain("Withdraw", "the requester's own card offers it while the request waits");
        var approverCard = await _bot.WaitForCardAsync(Person.Megan, "RA-000001");
        var version = (await _bot.FindRiskAsync("RA-000001")).Version;

        var withdrawn = await _bot.PressAsync(Person.Alex, "risk.withdraw", new { id = "RA-000001", version });

        Texts(withdrawn).Should().Contain("RA-000001 is withdrawn").And.Contain("Withdrawn by the requester");
        HasAction(Card(withdrawn), "Withdraw").Should().BeFalse();
        var risk = await _bot.FindRiskAsync("RA-000001");
        risk.Status.Should().Be(RiskAcceptanceStatus.Withdrawn);
        risk.Decisions.Should().ContainSingle(d => d.Kind == RiskDecisionKind.Withdrawn && d.ApproverName == "Alex Wilber");
        (await _bot.WithDbAsync(db => db.Set<AuditEntry>().CountAsync(e => e.EntityId == "RA-000001" && e.Action == "withdrawn"))).Should().Be(1);

        (await _bot.EventuallyAsync(c => c.Posted.Any(p => p.IsUpdate && p.ConversationId == Person.Megan.Conversation
            && CardText(p).Contains("Withdrawn by the requester", StringComparison.Ordinal) && !p.Body.Contains("risk.approve", StringComparison.Ordinal))))
            .Should().BeTrue("Megan's approval card is updated to the withdrawn state, without buttons");
        var late = await _bot.PressAsync(Person.Megan, "risk.approve", ActionData(approverCard, "Approve"));
        Texts(late).Should().NotContain("You approved");
        (await _bot.FindRiskAsync("RA-000001")).Status.Should().Be(RiskAcceptanceStatus.Withdrawn);
    }

    [Fact]
    public async Task Withdraw_ByTheApprover_RefusedAndNothingChanges()
    {
        await _bot.PressAsync(Person.Alex, "risk.request.submit", RiskForms.Valid());
        await _bot.WaitForCardAsync(Person.Megan, "RA-000001");
        var before = await _bot.FindRiskAsync("RA-000001");

        var forged = await _bot.PressAsync(Person.Megan, "risk.withdraw", new { id = "RA-000001", version = before.Version });

        Texts(forged).Should().Contain("Only the requester can withdraw RA-000001");
        var after = await _bot.FindRiskAsync("RA-000001");
        after.Status.Should().Be(RiskAcceptanceStatus.PendingApproval);
        after.Version.Should().Be(before.Version);
    }
}

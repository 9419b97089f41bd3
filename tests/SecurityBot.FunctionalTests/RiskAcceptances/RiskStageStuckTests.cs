using Microsoft.EntityFrameworkCore;
using SecurityBot.Platform.Audit;
using SecurityBot.Platform.Persistence;

namespace SecurityBot.FunctionalTests.RiskAcceptances;

public sealed class SqliteRiskStageStuckTests() : RiskStageStuckTests(DatabaseProvider.Sqlite);

public sealed class PostgresRiskStageStuckTests() : RiskStageStuckTests(DatabaseProvider.PostgreSQL);

/// <summary>
/// Issue 20 item 4, the dead end: the manager-stage approver blocked SecurityBot and nobody may stand in (no manager
/// of theirs, and the risk approvers group — who stand in when a stage has nobody — has nobody but the requester).
/// The request stays where it is, unchanged, and the security team is told it is stuck, once.
/// </summary>
public abstract class RiskStageStuckTests(DatabaseProvider provider)
{
    // Henrik's manager; she has no manager of her own.
    private static readonly Person Nadia = new("68ec61ca-0eb1-4663-a8df-b941aff752ea", "Nadia Okafor", "29:teams-nadia", "a:personal-nadia");

    [Fact]
    public async Task Submit_ManagerBlockedTheBotAndNobodyMayStandIn_StaysAndTheSecurityTeamIsTold()
    {
        await using var bot = await BotHarness.StartAsync(provider, settings: new Dictionary<string, string?>
        {
            // A group nobody is in: no risk approvers to stand in for the manager.
            ["Roles:RiskApproversGroupId"] = "00000000-0000-0000-0000-00000000beef",
        });
        foreach (var person in new[] { Nadia, Person.Henrik, Person.Jin })
        {
            (await bot.SayAsync(person, "help")).EnsureSuccessStatusCode();
        }

        bot.Connector.Block(Nadia.Conversation);

        await bot.PressAsync(Person.Henrik, "risk.request.submit", RiskForms.Valid());

        await bot.WaitForCardAsync(Person.Jin, "RA-000001 is stuck at the manager stage: Nadia Okafor could not be reached");
        await bot.WaitForOutboxDrainedAsync();
        var risk = await bot.FindRiskAsync("RA-000001");
        risk.CurrentStage.Should().Be(SecurityBot.Platform.Routing.RiskAcceptanceStage.Manager, "nobody else may decide it");
        risk.Decisions.Should().BeEmpty("nothing was handed over");
        (await bot.WithDbAsync(db => db.Set<AuditEntry>().CountAsync(e => e.EntityId == "RA-000001" && e.Action == "stuck")))
            .Should().Be(1, "the stuck stage is in the audit chain once");
        bot.Connector.Posted.Count(p => p.ConversationId == Person.Jin.Conversation && CardJson.Texts(p.Body).Contains("is stuck", StringComparison.Ordinal))
            .Should().Be(1, "one notice per person, not per retry");
    }
}

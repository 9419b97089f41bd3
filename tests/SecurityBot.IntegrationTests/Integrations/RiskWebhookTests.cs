using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SecurityBot.Integrations;
using SecurityBot.Integrations.Domain;
using SecurityBot.IntegrationTests.RiskAcceptances;
using SecurityBot.Platform.Persistence;
using SecurityBot.Platform.Results;
using SecurityBot.RiskAcceptances.Domain;
using SecurityBot.Testing.Webhooks;
using static SecurityBot.IntegrationTests.RiskAcceptances.RiskPeople;

namespace SecurityBot.IntegrationTests.Integrations;

public sealed class SqliteRiskWebhookTests() : RiskWebhookTests(DatabaseProvider.Sqlite);

public sealed class PostgresRiskWebhookTests() : RiskWebhookTests(DatabaseProvider.PostgreSQL);

/// <summary>
/// The real risk acceptances capability tells the webhooks (IRiskObserver) of a final decision and of an expiry, in
/// the unit of work of the change; intermediate stages send nothing.
/// </summary>
public abstract class RiskWebhookTests(DatabaseProvider provider)
{
    [Fact]
    public async Task RiskEvents_ApprovedAtEveryStageThenExpired_OneDecidedThenOneExpiredSignedAndInOrder()
    {
        await using var receiver = await WebhookReceiver.StartAsync(WebhookTestHost.Secret);
        await using var h = await HarnessAsync(receiver);
        var reference = (await h.RequestAsync(Engineer, RiskAcceptanceHarness.Input(4, 4, 90))).Risk!.Reference;
        var approvals = 0;
        while ((await h.FindAsync(reference))!.Status == RiskAcceptanceStatus.PendingApproval)
        {
            var risk = (await h.FindAsync(reference))!;
            var approver = risk.CurrentStage == Platform.Routing.RiskAcceptanceStage.Manager ? Manager
                : risk.CurrentStage == Platform.Routing.RiskAcceptanceStage.SecurityTeam ? SecurityAnalyst : Cso;
            (await h.ApproveCurrentAsync(approver, reference)).Status.Should().Be(UseCaseStatus.Succeeded);
            approvals++;
        }

        approvals.Should().BeGreaterThan(1, "a score of 16 goes through more than one stage");
        (await DeliveriesAsync(h)).Should().ContainSingle("only the final decision is an event").Which.EventType.Should().Be("risk.decided");

        h.Clock.Advance((await h.FindAsync(reference))!.ExpiresAt!.Value - h.Clock.GetUtcNow());
        while (await h.FireTimersAsync() > 0)
        {
        }

        await DeliverAsync(h);

        receiver.Received.Should().HaveCount(2).And.OnlyContain(r => r.SignatureValid && r.Accepted);
        receiver.Accepted.Select(r => r.Type).Should().Equal("risk.decided", "risk.expired");
        receiver.Accepted.Select(r => r.Change).Should().Equal("approved", "expired");
        receiver.Accepted.Select(r => r.Read(root => root.GetProperty("data").GetProperty("status").GetString())).Should().Equal("accepted", "expired");
        receiver.Accepted.Should().OnlyContain(r => r.Subject == reference);
        receiver.Accepted[0].Version.Should().BeLessThan(receiver.Accepted[1].Version);
        receiver.Accepted[0].Read(root => root.GetProperty("data").GetProperty("score").GetInt32()).Should().Be(16);
    }

    [Fact]
    public async Task RiskEvents_RejectedAtTheFirstStage_RiskDecidedWithRejected()
    {
        await using var receiver = await WebhookReceiver.StartAsync(WebhookTestHost.Secret);
        await using var h = await HarnessAsync(receiver);
        var risk = (await h.RequestAsync(Engineer, RiskAcceptanceHarness.Input(4, 4, 90))).Risk!;

        (await h.DecideAsync(Manager, risk.Reference, risk.Version, risk.CurrentStageIndex, RiskDecisionKind.Rejected, "Fix it instead")).Status
            .Should().Be(UseCaseStatus.Succeeded);
        await DeliverAsync(h);

        receiver.Accepted.Should().ContainSingle().Which.Should().Match<ReceivedWebhook>(r => r.Type == "risk.decided" && r.Change == "rejected");
        receiver.Accepted[0].Read(root => root.GetProperty("data").GetProperty("actorId").GetString()).Should().Be(Manager.Id);
    }

    private async Task<RiskAcceptanceHarness> HarnessAsync(WebhookReceiver receiver)
    {
        var h = await RiskAcceptanceHarness.CreateAsync(provider, new Dictionary<string, string?>
        {
            [$"Integrations:Webhooks:Endpoints:{WebhookTestHost.Endpoint}:Url"] = receiver.Url,
            [$"Integrations:Webhooks:Endpoints:{WebhookTestHost.Endpoint}:Secret"] = WebhookTestHost.Secret,
        }, s => s.AddIntegrations());
        receiver.Clock = h.Clock;
        return h;
    }

    // The expiry waits behind the decision and comes back a poll later: the same helper as the incident tests.
    private static Task DeliverAsync(RiskAcceptanceHarness h) => WebhookTestHost.DeliverDueAsync(h.Services, h.Clock);

    private static Task<List<WebhookDelivery>> DeliveriesAsync(RiskAcceptanceHarness h) =>
        h.InScopeAsync(sp => sp.GetRequiredService<SecurityBotDbContext>().Set<WebhookDelivery>().AsNoTracking().ToListAsync());
}

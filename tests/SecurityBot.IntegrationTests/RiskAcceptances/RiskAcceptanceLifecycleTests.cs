using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SecurityBot.RiskAcceptances.Domain;
using SecurityBot.Platform.Persistence;
using SecurityBot.RiskAcceptances.Application;
using SecurityBot.Platform.Timers;
using SecurityBot.Platform.Results;
using static SecurityBot.IntegrationTests.RiskAcceptances.RiskPeople;

namespace SecurityBot.IntegrationTests.RiskAcceptances;

public sealed class SqliteRiskAcceptanceLifecycleTests() : RiskAcceptanceLifecycleTests(DatabaseProvider.Sqlite);

public sealed class PostgresRiskAcceptanceLifecycleTests() : RiskAcceptanceLifecycleTests(DatabaseProvider.PostgreSQL);

public abstract class RiskAcceptanceLifecycleTests(DatabaseProvider provider)
{
    [Fact]
    public async Task Timers_MovingTheClock_RemindersAt30And7DaysThenExpiryTellsOwnerAndSecurityTeam()
    {
        await using var h = await RiskAcceptanceHarness.CreateAsync(provider);
        var risk = await AcceptedAsync(h, days: 90);
        var expires = risk.ExpiresAt!.Value;

        h.Clock.Advance(expires.AddDays(-30) - h.Clock.GetUtcNow() - TimeSpan.FromMinutes(1));
        (await h.FireTimersAsync()).Should().Be(0, "nothing is due a minute before the first reminder");
        h.Clock.Advance(TimeSpan.FromMinutes(1));
        (await h.FireTimersAsync()).Should().Be(1);
        (await h.MessagesToAsync(Engineer.Id)).Last()[5].Should().Contain("expires in 30 days");

        h.Clock.Advance(TimeSpan.FromDays(23));
        (await h.FireTimersAsync()).Should().Be(1);
        (await h.MessagesToAsync(Engineer.Id)).Last()[5].Should().Contain("expires in 7 days");

        h.Clock.Advance(TimeSpan.FromDays(7));
        (await h.FireTimersAsync()).Should().Be(1);

        var expired = (await h.FindAsync(risk.Reference))!;
        expired.Status.Should().Be(RiskAcceptanceStatus.Expired);
        (await h.MessagesToAsync(Engineer.Id)).Last()[5].Should().Contain("expired");
        foreach (var member in SecurityTeam)
        {
            (await h.MessagesToAsync(member)).Should().ContainSingle(m => m[5].Contains("expired"));
        }

        (await h.AuditAsync()).Select(e => e.Action).Should().EndWith(["reminded", "reminded", "expired"]);
        (await h.TimersAsync()).Should().OnlyContain(t => t.Status != TimerStatus.Scheduled);
        (await h.TimersAsync()).Count(t => t.Status == TimerStatus.Fired).Should().Be(3);
        (await h.VerifyAuditAsync()).IsIntact.Should().BeTrue();
    }

    [Fact]
    public async Task Renew_FromTheReminder_ApprovedAgainAndTheOldExpiryNeverFires()
    {
        await using var h = await RiskAcceptanceHarness.CreateAsync(provider);
        var risk = await AcceptedAsync(h, days: 60);
        var oldExpiry = risk.ExpiresAt!.Value;
        h.Clock.Advance(TimeSpan.FromDays(50));

        var renewal = await h.InScopeAsync(sp => sp.GetRequiredService<RiskAcceptanceLifecycle>().RenewAsync(
            Engineer, new RiskCardReference(risk.Reference, risk.Version, null), 120, null, CancellationToken.None));

        renewal.Status.Should().Be(UseCaseStatus.Succeeded, renewal.Message);
        renewal.Risk!.IsRenewal.Should().BeTrue();
        renewal.Risk.Decisions.Should().HaveCount(2, "the history comes with the renewal");
        (await h.ApproveCurrentAsync(Manager, risk.Reference)).Status.Should().Be(UseCaseStatus.Succeeded);
        (await h.ApproveCurrentAsync(Cso, risk.Reference)).Status.Should().Be(UseCaseStatus.Succeeded);

        h.Clock.Advance(oldExpiry - h.Clock.GetUtcNow() + TimeSpan.FromHours(1));
        await h.FireTimersAsync();

        var renewed = (await h.FindAsync(risk.Reference))!;
        renewed.Status.Should().Be(RiskAcceptanceStatus.Accepted);
        renewed.RenewalCount.Should().Be(1);
        renewed.ExpiresAt.Should().BeAfter(oldExpiry.AddDays(100));
        (await h.TimersAsync()).Should().Contain(t => t.Kind == "risk.expiry" && t.Status == TimerStatus.Scheduled && t.DueAt == renewed.ExpiresAt);
    }

    [Fact]
    public async Task Renew_ByTheRiskOwnerWhoIsAlsoTheManager_OwnerIsNotAskedAndCannotApproveTheRenewal()
    {
        await using var h = await RiskAcceptanceHarness.CreateAsync(provider);
        var reference = (await h.RequestAsync(Engineer, RiskAcceptanceHarness.Input(owner: "meganb@example.com"))).Risk!.Reference;
        (await h.ApproveCurrentAsync(Manager, reference)).Status.Should().Be(UseCaseStatus.Succeeded, "the owner did not start the first round");
        (await h.ApproveCurrentAsync(Cso, reference)).Status.Should().Be(UseCaseStatus.Succeeded);
        var accepted = (await h.FindAsync(reference))!;

        var renewal = await h.InScopeAsync(sp => sp.GetRequiredService<RiskAcceptanceLifecycle>().RenewAsync(
            Manager, new RiskCardReference(reference, accepted.Version, null), 60, null, CancellationToken.None));
        renewal.Status.Should().Be(UseCaseStatus.Succeeded, renewal.Message);
        var renewing = (await h.FindAsync(reference))!;

        var ownApproval = await h.ApproveCurrentAsync(Manager, reference);

        ownApproval.Status.Should().Be(UseCaseStatus.Forbidden, "whoever started the round cannot sign it");
        (await h.FindAsync(reference))!.Version.Should().Be(renewing.Version, "the refused click changed nothing");
        (await h.MessagesToAsync(Manager.Id)).Should().NotContain(m => m[2] == $"v{renewing.Version}" && m[4] == "decide",
            "the owner who asked for the renewal gets no approver card for it");
        (await h.AuditAsync()).Last().Details.Should().Contain("stand in", "the stage falls back to the risk approvers, and the audit says so");
    }

    [Fact]
    public async Task MarkRemediated_ByTheOwner_ClosedAndTimersCancelled()
    {
        await using var h = await RiskAcceptanceHarness.CreateAsync(provider);
        var risk = await AcceptedAsync(h);

        var stranger = await h.InScopeAsync(sp => sp.GetRequiredService<RiskAcceptanceLifecycle>().MarkRemediatedAsync(
            Colleague, new RiskCardReference(risk.Reference, risk.Version, null), null, CancellationToken.None));
        var done = await h.InScopeAsync(sp => sp.GetRequiredService<RiskAcceptanceLifecycle>().MarkRemediatedAsync(
            Engineer, new RiskCardReference(risk.Reference, risk.Version, null), null, CancellationToken.None));

        stranger.Status.Should().Be(UseCaseStatus.NotFound, "someone who may not see it learns nothing about it");
        done.Status.Should().Be(UseCaseStatus.Succeeded);
        done.Risk!.Status.Should().Be(RiskAcceptanceStatus.Remediated);
        (await h.TimersAsync()).Should().OnlyContain(t => t.Status == TimerStatus.Cancelled);
        h.Clock.Advance(TimeSpan.FromDays(400));
        (await h.FireTimersAsync()).Should().Be(0);
    }

    [Fact]
    public async Task VerifyAudit_RowEditedInTheDatabase_FirstBrokenEntryReported()
    {
        await using var h = await RiskAcceptanceHarness.CreateAsync(provider);
        await AcceptedAsync(h);
        (await h.VerifyAuditAsync()).IsIntact.Should().BeTrue();

        await h.InScopeAsync(sp => sp.GetRequiredService<SecurityBotDbContext>().Database
            .ExecuteSqlRawAsync("UPDATE \"AuditEntries\" SET \"ActorName\" = 'Mallory' WHERE \"Sequence\" = 2"));

        var result = await h.VerifyAuditAsync();
        result.IsIntact.Should().BeFalse();
        result.FirstBrokenSequence.Should().Be(2);
        result.EntriesChecked.Should().Be(2);
    }

    [Fact]
    public async Task VerifyAudit_RowDeletedInTheDatabase_GapReported()
    {
        await using var h = await RiskAcceptanceHarness.CreateAsync(provider);
        await AcceptedAsync(h);

        await h.InScopeAsync(sp => sp.GetRequiredService<SecurityBotDbContext>().Database
            .ExecuteSqlRawAsync("DELETE FROM \"AuditEntries\" WHERE \"Sequence\" = 2"));

        var result = await h.VerifyAuditAsync();
        result.FirstBrokenSequence.Should().Be(3);
        result.Reason.Should().Contain("Entry 2 is missing");
    }

    [Fact]
    public async Task Register_ActiveBySecurityRoles_SortedByScoreAndByExpiry()
    {
        await using var h = await RiskAcceptanceHarness.CreateAsync(provider);
        var low = await AcceptedAsync(h, likelihood: 1, impact: 2, days: 30);
        var critical = await AcceptedAsync(h, likelihood: 5, impact: 5, days: 200);
        await h.RequestAsync(Colleague); // pending: not in the active register

        var (byScore, byExpiry, mine, isSecurity, isEngineerSecurity) = await h.InScopeAsync(async sp =>
        {
            var register = sp.GetRequiredService<RiskAcceptanceRegister>();
            return (await register.ActiveAsync(RiskRegisterOrder.ByScore, 50, CancellationToken.None),
                await register.ActiveAsync(RiskRegisterOrder.ByExpiry, 50, CancellationToken.None),
                await register.MineAsync(Colleague.Id, 50, CancellationToken.None),
                await register.IsSecurityRoleAsync(SecurityAnalyst.Id, CancellationToken.None),
                await register.IsSecurityRoleAsync(Engineer.Id, CancellationToken.None));
        });

        byScore.Select(r => r.Reference).Should().Equal(critical.Reference, low.Reference);
        byExpiry.Select(r => r.Reference).Should().Equal(low.Reference, critical.Reference);
        mine.Should().ContainSingle();
        isSecurity.Should().BeTrue();
        isEngineerSecurity.Should().BeFalse();
    }

    [Fact]
    public async Task ExportCsv_SecurityRoleSeesAllOthersTheirOwn_FormulaCellsEscaped()
    {
        await using var h = await RiskAcceptanceHarness.CreateAsync(provider);
        await AcceptedAsync(h);
        await h.RequestAsync(Colleague, RiskAcceptanceHarness.Input() with { Title = "=HYPERLINK(\"http://evil\")" });

        var (all, allRows) = await h.InScopeAsync(sp => sp.GetRequiredService<RiskAcceptanceRegister>().ExportCsvAsync(Cso.Id, CancellationToken.None));
        var (own, ownRows) = await h.InScopeAsync(sp => sp.GetRequiredService<RiskAcceptanceRegister>().ExportCsvAsync(Colleague.Id, CancellationToken.None));

        allRows.Should().Be(2);
        ownRows.Should().Be(1);
        all.Split('\n')[0].Should().StartWith("Reference,Title,Status,Score,Level");
        all.Should().Contain("RA-000001,Legacy build server without disk encryption,Accepted,16,Critical");
        own.Should().NotContain("RA-000001");
        own.Should().Contain("\"'=HYPERLINK(");
    }

    private static async Task<RiskAcceptance> AcceptedAsync(RiskAcceptanceHarness h, int likelihood = 4, int impact = 4, int days = 90)
    {
        var reference = (await h.RequestAsync(Engineer, RiskAcceptanceHarness.Input(likelihood, impact, days))).Risk!.Reference;
        while ((await h.FindAsync(reference))!.Status == RiskAcceptanceStatus.PendingApproval)
        {
            var risk = (await h.FindAsync(reference))!;
            var approver = risk.CurrentStage switch
            {
                SecurityBot.Platform.Routing.RiskAcceptanceStage.Manager => Manager,
                SecurityBot.Platform.Routing.RiskAcceptanceStage.SecurityTeam => SecurityAnalyst,
                _ => Cso,
            };
            (await h.ApproveCurrentAsync(approver, reference)).Status.Should().Be(UseCaseStatus.Succeeded);
        }

        return (await h.FindAsync(reference))!;
    }
}

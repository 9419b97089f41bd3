using Microsoft.Extensions.DependencyInjection;
using SecurityBot.Attestation.Application;
using SecurityBot.Attestation.Domain;
using SecurityBot.Platform.Persistence;
using SecurityBot.Platform.Results;
using SecurityBot.Platform.Timers;

namespace SecurityBot.IntegrationTests.Attestation;

public sealed class SqliteAttestationFanOutTests() : AttestationFanOutTests(DatabaseProvider.Sqlite);

public sealed class PostgresAttestationFanOutTests() : AttestationFanOutTests(DatabaseProvider.PostgreSQL);

/// <summary>Draft → send → fan-out in batches on the real timers and outbox: every person of the audience gets exactly one card.</summary>
public abstract class AttestationFanOutTests(DatabaseProvider provider)
{
    private static readonly string[] Staff = [.. AttestationOrganisation.AllStaff];

    [Fact]
    public async Task Send_AudienceInSeveralBatches_GivesEachPersonExactlyOneCardAndSchedulesTheReminders()
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var host = await CreateHostAsync(database);

        var draft = await host.DraftAsync(AttestationTestHost.Tomas, "  " + AttestationOrganisation.StaffGroup + " ");
        draft.Succeeded.Should().BeTrue(draft.Message);
        draft.Message.Should().Be("25 people will be asked.", "the group's members are counted through the nested group");
        (await host.CardsAsync(1, "ask")).Should().BeEmpty("a draft sends nothing");
        var started = await host.StartAsync(AttestationTestHost.Tomas, 1);
        var again = await host.StartAsync(AttestationTestHost.Tomas, 1);
        await host.FireDueTimersAsync();

        started.Succeeded.Should().BeTrue();
        again.Message.Should().Be("Campaign 1 is already on its way.");
        var asks = await host.CardsAsync(1, "ask");
        asks.Select(m => m.RecipientAadObjectId).Should().BeEquivalentTo(Staff, "each person of the audience once, in batches of 10");
        asks.Should().OnlyContain(m => m.EntityType == "attestation" && m.ActivityJson.Contains("I have read and accept", StringComparison.Ordinal));
        (await host.MembersAsync()).Should().HaveCount(25).And.OnlyContain(m => m.Status == MemberStatus.Pending);
        var campaign = await host.CampaignAsync(1);
        campaign.Status.Should().Be(CampaignStatus.Active);
        campaign.AudienceSize.Should().Be(25);
        campaign.FannedOutAt.Should().Be(AttestationTestHost.Start);
        (await host.CardsAsync(1, "progress")).Should().ContainSingle().Which.RecipientAadObjectId.Should().Be(AttestationTestHost.Tomas.Id);
        (await host.PendingAsync(AttestationTimers.Reminders)).Should().ContainSingle()
            .Which.DueAt.Should().Be(new DateTimeOffset(2026, 3, 10, 9, 0, 0, TimeSpan.Zero), "three business days before Friday 13");
        (await host.PendingAsync(AttestationTimers.FanOut)).Should().BeEmpty();
        (await host.TimersAsync()).Where(t => t.Kind == AttestationTimers.FanOut).Should().HaveCount(3, "25 people in batches of 10");
        (await host.AuditAsync()).Where(a => a.EntityType == AttestationCampaign.EntityType).Select(a => a.Action).Should().Equal("started");
    }

    [Fact]
    public async Task FanOut_FirstRun_GivesATenthOfTheBatchThenFullBatches()
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var host = await CreateHostAsync(database, settings: new Dictionary<string, string?> { ["Attestation:BatchSize"] = "200" });
        (await host.DraftAsync(AttestationTestHost.Tomas, AttestationOrganisation.StaffGroup)).Succeeded.Should().BeTrue();
        (await host.StartAsync(AttestationTestHost.Tomas, 1)).Succeeded.Should().BeTrue();

        await host.FireDueTimersAsync();

        (await host.CardsAsync(1, "ask")).Should().HaveCount(25);
        (await host.TimersAsync()).Where(t => t.Kind == AttestationTimers.FanOut).Should().HaveCount(2,
            "the first batch is 20 (a tenth of 200), so its cards can leave while the other 5 are prepared");
    }

    [Fact]
    public async Task FanOut_NextBatch_WaitsForTheBatchPause()
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var host = await CreateHostAsync(database, settings: new Dictionary<string, string?>
        {
            ["Attestation:BatchSize"] = "100",
            ["Attestation:BatchPauseMilliseconds"] = "1000",
        });
        await host.SendAsync();

        await host.FireDueTimersAsync();

        (await host.CardsAsync(1, "ask")).Should().HaveCount(10, "the first batch is a tenth of 100");
        (await host.PendingAsync(AttestationTimers.FanOut)).Should().ContainSingle()
            .Which.DueAt.Should().Be(AttestationTestHost.Start.AddSeconds(1), "the outbox gets the database between two batches");

        await host.MoveToAsync(AttestationTestHost.Start.AddSeconds(1));

        (await host.CardsAsync(1, "ask")).Should().HaveCount(25);
        (await host.PendingAsync(AttestationTimers.FanOut)).Should().BeEmpty();
    }

    [Fact]
    public async Task FanOut_CommitOfTheSecondBatchFailsOnce_IsRetriedAndStillGivesEachPersonOneCard()
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var host = await CreateHostAsync(database);
        host.Fault.FailBatch = 2;

        await host.SendAsync();
        await host.FireDueTimersAsync();

        host.Fault.Injected.Should().Be(1);
        (await host.MembersAsync()).Should().HaveCount(10, "the first batch committed, the second was rolled back");
        (await host.CardsAsync(1, "ask")).Should().HaveCount(10);
        var retry = (await host.PendingAsync(AttestationTimers.FanOut)).Should().ContainSingle().Subject;
        retry.Attempts.Should().Be(1);

        await host.MoveToAsync(retry.LeaseUntil!.Value.AddSeconds(1));

        (await host.CardsAsync(1, "ask")).Select(m => m.RecipientAadObjectId).Should().BeEquivalentTo(Staff);
        (await host.MembersAsync()).Select(m => m.UserId).Should().BeEquivalentTo(Staff);
        (await host.CampaignAsync(1)).AudienceSize.Should().Be(25);
    }

    [Fact]
    public async Task FanOut_RunTwiceBySecondInstanceAndReplayedAfterTheEnd_GivesNoSecondCard()
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var host = await CreateHostAsync(database);
        await host.SendAsync();
        var timer = (await host.PendingAsync(AttestationTimers.FanOut)).Single();
        var due = new DueTimer(timer.Id, timer.EntityType, timer.EntityId, timer.Kind, timer.DueAt, null, 1);

        // Two instances run the same firing (a lease that lapsed): both read the directory, then their units of work
        // run at once. Whatever interleaving the database allows, a person is in the campaign once.
        var runs = await Task.WhenAll(Enumerable.Range(0, 2).Select(_ => RunHandlerAsync(host, due)));
        await host.FireDueTimersAsync();
        await host.ScheduleNowAsync(1, AttestationTimers.FanOut);
        await host.FireDueTimersAsync();

        runs.Should().Contain(true, "at least one of the two runs commits");
        (await host.CardsAsync(1, "ask")).Select(m => m.RecipientAadObjectId).Should().BeEquivalentTo(Staff, "nobody is asked twice");
        (await host.MembersAsync()).Select(m => m.UserId).Should().BeEquivalentTo(Staff);
        (await host.CampaignAsync(1)).AudienceSize.Should().Be(25);
    }

    [Fact]
    public async Task FanOut_PersonAcceptedThisVersionInAnEarlierCampaign_GetsNoCardAndCountsAsAccepted()
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var host = await CreateHostAsync(database);
        var pilot = await host.SendAsync(AttestationOrganisation.SmallGroup);
        await host.FireDueTimersAsync();
        (await host.AcceptAsync(pilot, AttestationOrganisation.Staff(2))).Status.Should().Be(UseCaseStatus.Succeeded);

        host.AdvanceTo(AttestationTestHost.Start.AddHours(1));
        var everyone = await host.SendAsync();
        await host.FireDueTimersAsync();

        (await host.CardsAsync(everyone, "ask")).Select(m => m.RecipientAadObjectId).Should().BeEquivalentTo(Staff.Where(s => s != AttestationOrganisation.Staff(2)));
        var member = (await host.MembersAsync()).Single(m => m.UserId == AttestationOrganisation.Staff(2) && m.AcceptedInCampaign is not null);
        member.Status.Should().Be(MemberStatus.Accepted);
        member.AcceptedInCampaign.Should().Be(pilot);
        member.AcceptedAt.Should().Be(AttestationTestHost.Start);
        (await host.AcceptancesAsync()).Should().ContainSingle("the evidence is once per person and version");
        var campaign = await host.CampaignAsync(everyone);
        var figures = await host.InScopeAsync(sp => sp.GetRequiredService<CampaignProgress>().ComputeAsync(campaign, CancellationToken.None));
        figures.Should().BeEquivalentTo(new { Asked = 25, Accepted = 1, Removed = 0, Overdue = 0, FanOutDone = true });

        var pressed = await host.AcceptAsync(everyone, AttestationOrganisation.Staff(2));
        pressed.Message.Should().Be("You had already accepted it.");
        (await host.AcceptancesAsync()).Should().ContainSingle();
    }

    internal static async Task<AttestationTestHost> CreateHostAsync(TestDatabase database, AttestationOrganisation? organisation = null, IDictionary<string, string?>? settings = null)
    {
        var file = Path.Combine(Path.GetTempPath(), $"attestation-directory-{Guid.NewGuid():N}.json");
        (organisation ?? new AttestationOrganisation()).WriteTo(file);
        return await AttestationTestHost.CreateAsync(database, file, settings: settings);
    }

    private static async Task<bool> RunHandlerAsync(AttestationTestHost host, DueTimer due)
    {
        try
        {
            return await host.InScopeAsync(async sp =>
            {
                var handler = sp.GetServices<ITimerHandler>().Single(h => h.Kind == AttestationTimers.FanOut);
                await handler.PrepareAsync(due, CancellationToken.None);
                var db = sp.GetRequiredService<SecurityBotDbContext>();
                await using var transaction = await db.Database.BeginTransactionAsync();
                await handler.HandleAsync(due, CancellationToken.None);
                await db.SaveChangesAsync();
                await transaction.CommitAsync();
                return true;
            });
        }
        catch (Exception ex) when (ex is Microsoft.EntityFrameworkCore.DbUpdateException or System.Data.Common.DbException or InvalidOperationException)
        {
            return false;
        }
    }
}

using Microsoft.Extensions.DependencyInjection;
using SecurityBot.Attestation.Domain;
using SecurityBot.Platform.Notifications;
using SecurityBot.Platform.Persistence;
using SecurityBot.Platform.Results;

namespace SecurityBot.IntegrationTests.Attestation;

public sealed class SqliteAttestationProgressRaceTests() : AttestationProgressRaceTests(DatabaseProvider.Sqlite);

public sealed class PostgresAttestationProgressRaceTests() : AttestationProgressRaceTests(DatabaseProvider.PostgreSQL);

/// <summary>The owner's progress card and an acceptance that lands while its coalesced update is being committed.</summary>
public abstract class AttestationProgressRaceTests(DatabaseProvider provider)
{
    // Failed on both engines before the acceptance committed through ITimerScheduler.SaveWithCoalescedTimerAsync: it
    // read "a progress timer is pending" while that timer was firing, booked none, and the firing had counted before
    // the acceptance committed, so nothing updated the card again until someone else accepted.
    [Fact]
    public async Task Accept_WhileTheProgressUpdateCommits_IsShownByALaterUpdate()
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var host = await AttestationFanOutTests.CreateHostAsync(database);
        var number = await host.SendAsync();
        await host.FireDueTimersAsync();
        var campaign = await host.CampaignAsync(number);
        await host.InScopeAsync(async sp =>
        {
            await sp.GetRequiredService<ICardCopyRecorder>().RecordAsync(campaign.Entity, campaign.Version,
                new CardLocation("a:tomas", "activity-progress", "https://smba.example.test/", AttestationTestHost.Tomas.Id), CancellationToken.None);
            return await sp.GetRequiredService<SecurityBotDbContext>().SaveChangesAsync();
        });
        var start = host.Now;
        (await host.AcceptAsync(number, AttestationOrganisation.Staff(1))).Status.Should().Be(UseCaseStatus.Succeeded);

        // The window ends: the progress timer fires, counts one acceptance, and is held just before its commit.
        host.AdvanceTo(start.AddSeconds(5));
        host.ProgressGate.Armed = true;
        var firing = Task.Run(host.FireDueTimersAsync);
        await host.ProgressGate.Reached.Task.WaitAsync(TimeSpan.FromSeconds(60));
        // Meanwhile a second person accepts (on SQLite it waits for the write lock; on PostgreSQL it commits now).
        var second = Task.Run(() => host.AcceptAsync(number, AttestationOrganisation.Staff(2)));
        await Task.WhenAny(second, Task.Delay(TimeSpan.FromSeconds(2)));
        host.ProgressGate.Release.SetResult();
        await firing;
        (await second).Status.Should().Be(UseCaseStatus.Succeeded);
        await host.MoveToAsync(start.AddSeconds(60));

        var updates = (await host.OutboxAsync())
            .Where(m => m.Kind == NotificationKind.UpdateCardCopy && m.EntityType == AttestationCampaign.EntityType)
            .OrderBy(m => m.EntityVersion).ToList();
        updates.Should().NotBeEmpty();
        updates[^1].ActivityJson.Should().Contain("2 of 25 accepted", "the owner's card ends showing every acceptance");
    }
}

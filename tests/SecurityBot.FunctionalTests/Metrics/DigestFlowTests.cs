using Microsoft.EntityFrameworkCore;
using SecurityBot.Platform.Notifications;
using SecurityBot.Platform.Persistence;
using SecurityBot.Platform.Timers;
using SecurityBot.Testing.Time;

namespace SecurityBot.FunctionalTests.Metrics;

public sealed class SqliteDigestFlowTests() : DigestFlowTests(DatabaseProvider.Sqlite);

public sealed class PostgresDigestFlowTests() : DigestFlowTests(DatabaseProvider.PostgreSQL);

/// <summary>The whole bot with the shipped settings: the Monday digest is scheduled at start and arrives once.</summary>
public abstract class DigestFlowTests(DatabaseProvider provider)
{
    [Fact]
    public async Task Start_ShippedSchedule_MondayDigestReachesTheCsoAndTheLeadOnce()
    {
        // Monday 23 November 2026, 07:59:58 in London (GMT): the shipped schedule is Mondays 08:00 Europe/London.
        var clock = new ManualTimeProvider(new DateTimeOffset(2026, 11, 23, 7, 59, 58, TimeSpan.Zero));
        await using var bot = await BotHarness.StartAsync(provider, clock: clock, settings: new Dictionary<string, string?>
        {
            ["Timers:PollIntervalMilliseconds"] = "1000",
            ["Outbox:PollIntervalMilliseconds"] = "1000",
        });
        var scheduled = await bot.WithDbAsync(db => db.Set<ScheduledTimer>().AsNoTracking().Where(t => t.Kind == "metrics.digest").ToListAsync());
        scheduled.Should().ContainSingle().Which.DueAt.Should().Be(new DateTimeOffset(2026, 11, 23, 8, 0, 0, TimeSpan.Zero));

        var digests = new List<OutboxMessage>();
        for (var nudge = 0; nudge < 400 && digests.Count < 2; nudge++)
        {
            clock.Advance(TimeSpan.FromMilliseconds(100));
            await Task.Delay(25);
            digests = [.. (await bot.OutboxAsync()).Where(m => m.IdempotencyKey.StartsWith("metrics.digest:", StringComparison.Ordinal))];
        }

        // A minute more of polling: nothing is queued twice.
        for (var nudge = 0; nudge < 60; nudge++)
        {
            clock.Advance(TimeSpan.FromSeconds(1));
            await Task.Delay(10);
        }

        digests = [.. (await bot.OutboxAsync()).Where(m => m.IdempotencyKey.StartsWith("metrics.digest:", StringComparison.Ordinal))];
        digests.Select(d => d.RecipientAadObjectId).Should().BeEquivalentTo([Person.Priya.AadObjectId, Person.Tomas.AadObjectId], bot.Failures);
        digests.Should().OnlyContain(d => d.IdempotencyKey.Contains("2026-11-23T08:00Z", StringComparison.Ordinal) && d.ActivityJson.Contains("Security digest", StringComparison.Ordinal));
        var pending = await bot.WithDbAsync(db => db.Set<ScheduledTimer>().AsNoTracking().Where(t => t.Kind == "metrics.digest" && t.Status == TimerStatus.Scheduled).ToListAsync());
        pending.Should().ContainSingle().Which.DueAt.Should().Be(new DateTimeOffset(2026, 11, 30, 8, 0, 0, TimeSpan.Zero));
        bot.Failures.Should().BeEmpty();
    }
}

using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SecurityBot.Platform.Notifications;
using SecurityBot.Platform.Timers;
using SecurityBot.Platform;
using SecurityBot.Platform.Persistence;
using SecurityBot.Testing.Time;

namespace SecurityBot.IntegrationTests.Persistence;

public sealed class SqliteTimerSchedulerTests() : TimerSchedulerTests(DatabaseProvider.Sqlite);

public sealed class PostgresTimerSchedulerTests() : TimerSchedulerTests(DatabaseProvider.PostgreSQL);

public abstract class TimerSchedulerTests(DatabaseProvider provider)
{
    private readonly ManualTimeProvider _clock = new();
    private readonly TimerLog _log = new();

    [Fact]
    public async Task FireDue_TimerNotYetDue_DoesNotRunIt()
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var host = await CreateHostAsync(database);
        await ScheduleAsync(host, "INC-1", TimeSpan.FromMinutes(10));

        _clock.Advance(TimeSpan.FromMinutes(9));

        (await host.Services.GetRequiredService<TimerScheduler>().FireDueAsync(CancellationToken.None)).Should().Be(0);
        _log.Runs.Should().BeEmpty();
    }

    [Fact]
    public async Task FireDue_TimerDue_RunsHandlerOnceAndCommitsItsWorkWithTheFiredMark()
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var host = await CreateHostAsync(database);
        await ScheduleAsync(host, "INC-1", TimeSpan.FromMinutes(10));
        var scheduler = host.Services.GetRequiredService<TimerScheduler>();

        _clock.Advance(TimeSpan.FromMinutes(10));
        var first = await scheduler.FireDueAsync(CancellationToken.None);
        var second = await scheduler.FireDueAsync(CancellationToken.None);

        first.Should().Be(1);
        second.Should().Be(0);
        var (timer, notifications) = await ReadAsync(host);
        timer.Status.Should().Be(TimerStatus.Fired);
        timer.FiredAt.Should().Be(_clock.GetUtcNow());
        _log.RunsOf(timer.Id).Should().Be(1);
        notifications.Should().Be(1);
    }

    [Fact]
    public async Task FireDue_HandlerThrows_KeepsNothingOfTheRunAndRetriesAfterTheDelay()
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var host = await CreateHostAsync(database);
        await ScheduleAsync(host, "INC-1", TimeSpan.Zero, payload: "fail-first");
        var scheduler = host.Services.GetRequiredService<TimerScheduler>();

        (await scheduler.FireDueAsync(CancellationToken.None)).Should().Be(0);
        var (afterFailure, notificationsAfterFailure) = await ReadAsync(host);
        afterFailure.Status.Should().Be(TimerStatus.Scheduled);
        afterFailure.Attempts.Should().Be(1);
        notificationsAfterFailure.Should().Be(0, "the failed run's notification rolled back with it");

        _clock.Advance(TimeSpan.FromSeconds(5));
        (await scheduler.FireDueAsync(CancellationToken.None)).Should().Be(0, "the retry waits for the backoff");
        _clock.Advance(TimeSpan.FromSeconds(10));
        (await scheduler.FireDueAsync(CancellationToken.None)).Should().Be(1);

        var (fired, notifications) = await ReadAsync(host);
        fired.Status.Should().Be(TimerStatus.Fired);
        notifications.Should().Be(1);
    }

    [Fact]
    public async Task FireDue_HandlerThrowsEveryTime_MarksFailedAfterMaxAttemptsAndTellsTheSecurityTeamOnce()
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var host = await CreateHostAsync(database, securityTeam: true, settings: new()
        {
            ["Timers:MaxAttempts"] = "3",
            ["Timers:RetryDelaySeconds"] = "1",
        });
        await ScheduleAsync(host, "INC-1", TimeSpan.Zero, payload: "always-fail");
        var scheduler = host.Services.GetRequiredService<TimerScheduler>();

        for (var i = 0; i < 10; i++)
        {
            (await scheduler.FireDueAsync(CancellationToken.None)).Should().Be(0);
            _clock.Advance(TimeSpan.FromMinutes(1));
        }

        var (timer, _) = await ReadAsync(host);
        timer.Status.Should().Be(TimerStatus.Failed);
        timer.Attempts.Should().Be(3);
        var notices = await host.InScopeAsync(sp => sp.GetRequiredService<SecurityBotDbContext>().Set<OutboxMessage>().AsNoTracking().ToListAsync());
        notices.Select(m => m.RecipientAadObjectId).Should().BeEquivalentTo(DemoSecurityTeam.Members,
            "each member of the security team (Roles:SecurityTeamGroupId) is told once, and the failed runs' own notifications rolled back");
        notices.Should().OnlyContain(m => m.EntityType == DeliveryFailure.NoticeEntityType && m.ActivityJson.Contains("INC-1"));
    }

    [Fact]
    public async Task FireDue_HandlerReschedulesItsOwnKind_FiringTimerMarkedFiredAndTheNextOneScheduled()
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var host = await CreateHostAsync(database);
        await ScheduleAsync(host, "INC-1", TimeSpan.Zero, payload: "rearm");

        (await host.Services.GetRequiredService<TimerScheduler>().FireDueAsync(CancellationToken.None)).Should().Be(1);

        var timers = await host.InScopeAsync(sp => sp.GetRequiredService<SecurityBotDbContext>().Set<ScheduledTimer>().OrderBy(t => t.DueAt).ToListAsync());
        timers.Should().HaveCount(2);
        timers[0].Status.Should().Be(TimerStatus.Fired, "rescheduling its own kind does not cancel the timer being fired");
        timers[1].Status.Should().Be(TimerStatus.Scheduled);
        timers[1].DueAt.Should().Be(_clock.GetUtcNow().AddHours(1));
    }

    [Fact]
    public async Task Cancel_PendingTimer_NeverFires()
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var host = await CreateHostAsync(database);
        await ScheduleAsync(host, "INC-1", TimeSpan.FromMinutes(1));
        await host.InScopeAsync(async sp =>
        {
            (await sp.GetRequiredService<ITimerScheduler>().CancelAsync("Incident", "INC-1", EscalationTestHandler.KindName, CancellationToken.None)).Should().Be(1);
            await sp.GetRequiredService<SecurityBotDbContext>().SaveChangesAsync();
        });

        _clock.Advance(TimeSpan.FromHours(1));

        (await host.Services.GetRequiredService<TimerScheduler>().FireDueAsync(CancellationToken.None)).Should().Be(0);
        (await ReadAsync(host)).Timer.Status.Should().Be(TimerStatus.Cancelled);
    }

    [Fact]
    public async Task Schedule_SameEntityAndKindAgain_ReplacesThePendingTimer()
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var host = await CreateHostAsync(database);
        await ScheduleAsync(host, "INC-1", TimeSpan.FromMinutes(1));
        await ScheduleAsync(host, "INC-1", TimeSpan.FromMinutes(30));

        _clock.Advance(TimeSpan.FromMinutes(5));
        (await host.Services.GetRequiredService<TimerScheduler>().FireDueAsync(CancellationToken.None)).Should().Be(0);
        _clock.Advance(TimeSpan.FromMinutes(25));
        (await host.Services.GetRequiredService<TimerScheduler>().FireDueAsync(CancellationToken.None)).Should().Be(1);
        _log.Runs.Should().ContainSingle();
    }

    [Fact]
    public async Task SaveWithCoalescedTimer_OneWaiting_KeepsItAddsNone()
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var host = await CreateHostAsync(database);
        await ScheduleAsync(host, "INC-1", TimeSpan.FromMinutes(1));

        await SaveWithCoalescedTimerAsync(host, TimeSpan.FromMinutes(30));

        var timers = await TimersAsync(host);
        timers.Should().ContainSingle().Which.DueAt.Should().Be(_clock.GetUtcNow().AddMinutes(1), "the waiting one covers this change");
    }

    [Fact]
    public async Task SaveWithCoalescedTimer_NoneWaiting_AddsOne()
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var host = await CreateHostAsync(database);

        await SaveWithCoalescedTimerAsync(host, TimeSpan.FromMinutes(1));
        await SaveWithCoalescedTimerAsync(host, TimeSpan.FromMinutes(2));

        (await TimersAsync(host)).Should().ContainSingle().Which.DueAt.Should().Be(_clock.GetUtcNow().AddMinutes(1));
    }

    [Fact]
    public async Task SaveWithCoalescedTimer_TheOnlyPendingOneIsFiring_AddsAnotherAndLeavesTheFiringOneAlone()
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var host = await CreateHostAsync(database);
        await ScheduleAsync(host, "INC-1", TimeSpan.Zero);
        var now = _clock.GetUtcNow();
        var leased = await host.InScopeAsync(sp => TimerScheduler.Leaser.LeaseAsync(sp.GetRequiredService<SecurityBotDbContext>(), "instance-b", 1, now, now.AddSeconds(10), CancellationToken.None));
        leased.Should().ContainSingle("another instance has started firing it, and may have counted already");

        await SaveWithCoalescedTimerAsync(host, TimeSpan.FromSeconds(5));

        var timers = await TimersAsync(host);
        timers.Should().HaveCount(2);
        timers.Should().ContainSingle(t => t.Id == leased[0]).Which.Status.Should().Be(TimerStatus.Scheduled, "never cancelled under a firing");
        timers.Should().ContainSingle(t => t.Id != leased[0]).Which.DueAt.Should().Be(now.AddSeconds(5));
    }

    [Fact]
    public async Task FireDue_TwoInstancesOnOneDatabase_FireEachTimerExactlyOnce()
    {
        const int count = 150;
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var first = await CreateHostAsync(database, batchSize: 7);
        await using var second = await CreateHostAsync(database, batchSize: 7);
        for (var i = 0; i < count; i++)
        {
            await ScheduleAsync(first, $"INC-{i}", TimeSpan.FromSeconds(i % 10));
        }

        _clock.Advance(TimeSpan.FromMinutes(1));
        await Task.WhenAll(DrainAsync(first), DrainAsync(second));

        await using var scope = first.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<SecurityBotDbContext>();
        (await db.Set<ScheduledTimer>().CountAsync(t => t.Status == TimerStatus.Fired)).Should().Be(count);
        (await db.Set<OutboxMessage>().CountAsync()).Should().Be(count);
        _log.Runs.Should().HaveCount(count);
        _log.Runs.Values.Should().OnlyContain(runs => runs == 1);
    }

    private static async Task DrainAsync(PersistenceTestHost host)
    {
        var scheduler = host.Services.GetRequiredService<TimerScheduler>();
        var idle = 0;
        while (idle < 3)
        {
            idle = await scheduler.FireDueAsync(CancellationToken.None) == 0 ? idle + 1 : 0;
        }
    }

    private Task<PersistenceTestHost> CreateHostAsync(TestDatabase database, int batchSize = 20, Dictionary<string, string?>? settings = null, bool securityTeam = false) =>
        PersistenceTestHost.CreateAsync(database, _clock,
            new Dictionary<string, string?>((settings ?? []).Concat(securityTeam ? DemoSecurityTeam.Settings : []))
            {
                ["Timers:BatchSize"] = batchSize.ToString(System.Globalization.CultureInfo.InvariantCulture),
            },
            services =>
            {
                services.AddSingleton(_log);
                services.AddTimerHandler<EscalationTestHandler>();
                if (securityTeam)
                {
                    // The roles, as the host has them: the failure notice goes to the security team they name.
                    services.AddDirectory();
                }
            });

    private Task ScheduleAsync(PersistenceTestHost host, string incident, TimeSpan dueIn, string? payload = null) =>
        host.InScopeAsync(async sp =>
        {
            await sp.GetRequiredService<ITimerScheduler>().ScheduleAsync("Incident", incident, EscalationTestHandler.KindName, _clock.GetUtcNow() + dueIn, payload, CancellationToken.None);
            await sp.GetRequiredService<SecurityBotDbContext>().SaveChangesAsync();
        });

    private static Task<(ScheduledTimer Timer, int Notifications)> ReadAsync(PersistenceTestHost host) =>
        host.InScopeAsync(async sp =>
        {
            var db = sp.GetRequiredService<SecurityBotDbContext>();
            var timer = await db.Set<ScheduledTimer>().OrderByDescending(t => t.CreatedAt).FirstAsync();
            return (timer, await db.Set<OutboxMessage>().CountAsync());
        });

    private static Task<int> SaveWithCoalescedTimerAsync(PersistenceTestHost host, TimeSpan dueIn) =>
        host.InScopeAsync(async sp =>
        {
            var now = sp.GetRequiredService<TimeProvider>().GetUtcNow();
            await sp.GetRequiredService<ITimerScheduler>().SaveWithCoalescedTimerAsync("Incident", "INC-1", EscalationTestHandler.KindName, now + dueIn, CancellationToken.None);
            return 0;
        });

    private static Task<List<ScheduledTimer>> TimersAsync(PersistenceTestHost host) =>
        host.InScopeAsync(sp => sp.GetRequiredService<SecurityBotDbContext>().Set<ScheduledTimer>().AsNoTracking()
            .Where(t => t.Status == TimerStatus.Scheduled).ToListAsync());
}

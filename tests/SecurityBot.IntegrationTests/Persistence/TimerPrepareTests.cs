using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SecurityBot.Platform;
using SecurityBot.Platform.Notifications;
using SecurityBot.Platform.Persistence;
using SecurityBot.Platform.Timers;
using SecurityBot.Testing.Time;

namespace SecurityBot.IntegrationTests.Persistence;

public sealed class SqliteTimerPrepareTests() : TimerPrepareTests(DatabaseProvider.Sqlite);

public sealed class PostgresTimerPrepareTests() : TimerPrepareTests(DatabaseProvider.PostgreSQL);

/// <summary>
/// A handler's outside call (PrepareAsync) runs before the timer's unit of work opens: on SQLite that unit of work
/// holds the database's single write lock, so a slow call inside it would stall every other writer — the outbox,
/// other timers, every turn.
/// </summary>
public abstract class TimerPrepareTests(DatabaseProvider provider)
{
    private readonly ManualTimeProvider _clock = new();
    private readonly SlowCallGate _gate = new();

    [Fact]
    public async Task FireDue_WhileTheOutsideCallIsSlow_OtherWritersAreNotHeldAndTheAnswerIsRecorded()
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var host = await PersistenceTestHost.CreateAsync(database, _clock, new Dictionary<string, string?>(), services =>
        {
            services.AddSingleton(_gate);
            services.AddTimerHandler<SlowCallTestHandler>();
        });
        await host.InScopeAsync(async sp =>
        {
            await sp.GetRequiredService<ITimerScheduler>().ScheduleAsync("Incident", "INC-1", SlowCallTestHandler.KindName, _clock.GetUtcNow(), null, CancellationToken.None);
            await sp.GetRequiredService<SecurityBotDbContext>().SaveChangesAsync();
        });

        var firing = host.Services.GetRequiredService<TimerScheduler>().FireDueAsync(CancellationToken.None);
        await _gate.Entered.WaitAsync(TimeSpan.FromSeconds(30));
        // Another writer commits while the call is outstanding (before the fix it waited for the write lock until it timed out).
        var otherWriter = host.InScopeAsync(async sp =>
        {
            await sp.GetRequiredService<ITimerScheduler>().ScheduleAsync("Incident", "INC-2", SlowCallTestHandler.KindName, _clock.GetUtcNow().AddDays(1), null, CancellationToken.None);
            await sp.GetRequiredService<SecurityBotDbContext>().SaveChangesAsync();
        });
        var finishedFirst = await Task.WhenAny(otherWriter, Task.Delay(TimeSpan.FromSeconds(20)));
        _gate.Answer("graph said yes");
        (await firing).Should().Be(1);

        finishedFirst.Should().BeSameAs(otherWriter, "a write elsewhere must not wait for the handler's outside call");
        await otherWriter;
        var texts = await host.InScopeAsync(sp => sp.GetRequiredService<SecurityBotDbContext>().Set<OutboxMessage>().Select(m => m.ActivityJson).ToListAsync());
        texts.Should().ContainSingle().Which.Should().Contain("graph said yes");
    }
}

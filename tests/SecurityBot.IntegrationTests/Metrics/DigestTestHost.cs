using Microsoft.Extensions.DependencyInjection;
using SecurityBot.IntegrationTests.Incidents;
using SecurityBot.Metrics;
using SecurityBot.Metrics.Application;
using SecurityBot.Platform.Notifications;
using SecurityBot.Platform.Persistence;
using SecurityBot.Platform.Timers;

namespace SecurityBot.IntegrationTests.Metrics;

/// <summary>
/// One instance of the bot with the real incident and metrics wiring (timers, outbox, roles on the demo organisation)
/// on a test database and a manual clock; a second one on the same database is a restart or a second instance.
/// <see cref="StartAsync"/> does what the digest's hosted service does at start; the tests fire timers themselves.
/// </summary>
internal sealed class DigestTestHost : IAsyncDisposable
{
    private readonly IncidentTestHost _host;

    private DigestTestHost(IncidentTestHost host) => _host = host;

    public IncidentTestHost Incidents => _host;

    /// <summary>Starts at Monday 2026-03-02 10:00 UTC (the incident host's clock), moved on by <paramref name="later"/>.</summary>
    public static async Task<DigestTestHost> CreateAsync(TestDatabase database, TimeSpan later = default, IDictionary<string, string?>? settings = null)
    {
        var config = new Dictionary<string, string?>
        {
            ["Metrics:Digest:Schedule"] = "0 8 * * 1",
            ["Metrics:Digest:TimeZone"] = "Europe/London",
        };
        foreach (var (key, value) in settings ?? new Dictionary<string, string?>())
        {
            config[key] = value;
        }

        var host = await IncidentTestHost.CreateAsync(database, config, s => MetricsModule.AddSecurityMetrics(s));
        host.Clock.Advance(later);
        return new DigestTestHost(host);
    }

    public void Advance(TimeSpan by) => _host.Clock.Advance(by);

    public DateTimeOffset Now => _host.Clock.GetUtcNow();

    public Task<DateTimeOffset?> StartAsync() =>
        _host.InScopeAsync(sp => sp.GetRequiredService<DigestTimerKeeper>().EnsureScheduledAsync(CancellationToken.None));

    public Task<int> FireDueTimersAsync() => _host.FireDueTimersAsync();

    public async Task<List<OutboxMessage>> DigestsAsync() =>
        [.. (await _host.OutboxAsync()).Where(m => m.IdempotencyKey.StartsWith(DigestTimer.Kind + ":", StringComparison.Ordinal))];

    public async Task<List<ScheduledTimer>> DigestTimersAsync() =>
        [.. (await _host.TimersAsync()).Where(t => t.Kind == DigestTimer.Kind).OrderBy(t => t.DueAt).ThenBy(t => t.CreatedAt)];

    public async Task<List<ScheduledTimer>> PendingDigestTimersAsync() =>
        [.. (await DigestTimersAsync()).Where(t => t.Status == TimerStatus.Scheduled)];

    /// <summary>A second timer for an occurrence, as a second instance starting in the same instant could leave.</summary>
    public Task AddDuplicateTimerAsync(DateTimeOffset dueAt) =>
        _host.InScopeAsync(async sp =>
        {
            var db = sp.GetRequiredService<SecurityBotDbContext>();
            db.Add(new ScheduledTimer(DigestTimer.EntityType, DigestTimer.EntityId, DigestTimer.Kind, dueAt, null, Now));
            return await db.SaveChangesAsync();
        });

    /// <summary>Runs the handler for <paramref name="timer"/> again in its own unit of work, as a retried firing would.</summary>
    public Task RunHandlerAgainAsync(ScheduledTimer timer) =>
        _host.InScopeAsync(async sp =>
        {
            var handler = sp.GetServices<ITimerHandler>().Single(h => h.Kind == DigestTimer.Kind);
            await handler.HandleAsync(new DueTimer(timer.Id, timer.EntityType, timer.EntityId, timer.Kind, timer.DueAt, timer.PayloadJson, 2), CancellationToken.None);
            return await sp.GetRequiredService<SecurityBotDbContext>().SaveChangesAsync();
        });

    public ValueTask DisposeAsync() => _host.DisposeAsync();
}

using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using SecurityBot.Platform.Leasing;
using SecurityBot.Platform.Persistence;

namespace SecurityBot.Platform.Timers;

/// <summary>
/// Fires due timers exactly once across restarts and instances: a due row is leased by one instance only when it is
/// about to run (its short lease renewed by a heartbeat while the handler works), the handler runs in a DI scope
/// inside a transaction, and the row is marked fired in that same transaction only if this instance still holds the
/// lease. A crash before the commit leaves no trace and the timer fires again within Timers:LeaseSeconds.
/// </summary>
public sealed partial class TimerScheduler : BackgroundService
{
    internal static readonly RowLeaser<ScheduledTimer> Leaser = new("ScheduledTimers", "DueAt");

    // Each run that loses to a lease leaves one more card leased, so a second run almost always commits; the bound
    // only keeps a pathological dispatcher from holding the timer here.
    private const int MaxRunsOnDispatcherLease = 3;

    private readonly string _instance = $"{Environment.MachineName}:{Environment.ProcessId}";
    private readonly IServiceScopeFactory _scopes;
    private readonly TimerOptions _options;
    private readonly TimeProvider _time;
    private readonly ILogger<TimerScheduler> _logger;
    private readonly LeaseHeartbeat<ScheduledTimer> _leases;

    public TimerScheduler(IServiceScopeFactory scopes, IOptions<TimerOptions> options, TimeProvider time, ILogger<TimerScheduler> logger)
    {
        ArgumentNullException.ThrowIfNull(options);
        _scopes = scopes;
        _options = options.Value;
        _time = time;
        _logger = logger;
        _leases = new LeaseHeartbeat<ScheduledTimer>(Leaser, scopes, time, TimeSpan.FromSeconds(_options.LeaseSeconds), logger);
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var heartbeat = Task.Run(() => _leases.RunAsync(stoppingToken), CancellationToken.None);
        var interval = TimeSpan.FromMilliseconds(_options.PollIntervalMilliseconds);
        try
        {
            while (!stoppingToken.IsCancellationRequested)
            {
                try
                {
                    await FireDueAsync(stoppingToken);
                    await Task.Delay(interval, _time, stoppingToken);
                }
                catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
                {
                    return;
                }
                catch (Exception ex)
                {
                    LogPollFailed(_logger, ex);
                    await Task.Delay(interval, _time, stoppingToken);
                }
            }
        }
        finally
        {
            await heartbeat;
            await _leases.ReleaseAllAsync();
        }
    }

    /// <summary>Fires timers due now, one lease at a time, up to Timers:BatchSize; returns how many fired.</summary>
    public async Task<int> FireDueAsync(CancellationToken cancellationToken)
    {
        var fired = 0;
        for (var i = 0; i < _options.BatchSize; i++)
        {
            var owner = $"{_instance}:{Guid.NewGuid():N}";
            var leasedAt = _time.GetTimestamp();
            IReadOnlyList<Guid> ids;
            await using (var scope = _scopes.CreateAsyncScope())
            {
                var now = _time.GetUtcNow();
                ids = await Leaser.LeaseAsync(scope.ServiceProvider.GetRequiredService<SecurityBotDbContext>(), owner, 1, now, now + _leases.Lease, cancellationToken, _leases.InHand);
            }

            if (ids.Count == 0)
            {
                break;
            }

            _leases.Hold(ids[0], owner, leasedAt);
            try
            {
                if (await FireAsync(ids[0], owner, cancellationToken))
                {
                    fired++;
                }
            }
            finally
            {
                _leases.Drop(ids[0]);
            }
        }

        return fired;
    }

    /// <summary>
    /// Runs the handler; when the only thing that refused its commit was the outbox dispatcher leasing one of the
    /// entity's unsent cards meanwhile (<see cref="LostRace.IsDispatcherLease"/>), runs it again at once on fresh data:
    /// nothing failed, so it is neither an attempt nor a backoff.
    /// </summary>
    private async Task<bool> FireAsync(Guid id, string owner, CancellationToken cancellationToken)
    {
        for (var run = 1; ; run++)
        {
            try
            {
                return await FireOnceAsync(id, owner, mayRunAgain: run < MaxRunsOnDispatcherLease, cancellationToken);
            }
            catch (DbUpdateException ex) when (LostRace.IsOnlyOutboxLeases(ex))
            {
                LogRunAgainAfterDispatcherLease(_logger, id, run);
            }
        }
    }

    private async Task<bool> FireOnceAsync(Guid id, string owner, bool mayRunAgain, CancellationToken cancellationToken)
    {
        ScheduledTimer? timer = null;
        try
        {
            await using var scope = _scopes.CreateAsyncScope();
            scope.ServiceProvider.GetRequiredService<FiringTimer>().Id = id;
            var db = scope.ServiceProvider.GetRequiredService<SecurityBotDbContext>();
            timer = await db.Set<ScheduledTimer>().AsNoTracking()
                .SingleOrDefaultAsync(t => t.Id == id && t.LeaseOwner == owner && t.Status == TimerStatus.Scheduled, cancellationToken);
            if (timer is null)
            {
                return false;
            }

            var handler = scope.ServiceProvider.GetServices<ITimerHandler>().FirstOrDefault(h => h.Kind == timer.Kind)
                ?? throw new MissingTimerHandlerException(timer.Kind);
            var due = new DueTimer(timer.Id, timer.EntityType, timer.EntityId, timer.Kind, timer.DueAt, timer.PayloadJson, timer.Attempts + 1);
            await handler.PrepareAsync(due, cancellationToken);
            await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
            await handler.HandleAsync(due, cancellationToken);
            var now = _time.GetUtcNow();
            var marked = await db.Set<ScheduledTimer>()
                .Where(t => t.Id == id && t.LeaseOwner == owner && t.Status == TimerStatus.Scheduled)
                .ExecuteUpdateAsync(s => s
                    .SetProperty(t => t.Status, TimerStatus.Fired)
                    .SetProperty(t => t.FiredAt, now)
                    .SetProperty(t => t.Attempts, t => t.Attempts + 1)
                    .SetProperty(t => t.LeaseOwner, (string?)null)
                    .SetProperty(t => t.LeaseUntil, (DateTimeOffset?)null), cancellationToken);
            if (marked == 0)
            {
                // Lease expired and another instance took the timer: keep nothing of this run.
                LogLeaseLost(_logger, id);
                return false;
            }

            await db.SaveChangesAsync(cancellationToken);
            await transaction.CommitAsync(cancellationToken);
            LogFired(_logger, timer.Kind, timer.EntityType, timer.EntityId);
            return true;
        }
        catch (Exception ex) when (!(ex is OperationCanceledException && cancellationToken.IsCancellationRequested)
                                   && !(mayRunAgain && ex is DbUpdateException update && LostRace.IsOnlyOutboxLeases(update)))
        {
            // Anything thrown (the handler, a missing handler, reading the row) is an attempt: never a timer that loops.
            await RecordFailureAsync(id, owner, ex is MissingTimerHandlerException ? 1 : _options.MaxAttempts, ex, cancellationToken);
            return false;
        }
    }

    private async Task RecordFailureAsync(Guid id, string owner, int maxAttempts, Exception error, CancellationToken cancellationToken)
    {
        await using var scope = _scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<SecurityBotDbContext>();
        var timer = await db.Set<ScheduledTimer>()
            .SingleOrDefaultAsync(t => t.Id == id && t.LeaseOwner == owner && t.Status == TimerStatus.Scheduled, cancellationToken);
        if (timer is null)
        {
            // Another instance took the timer over; its run decides. This run's error still has to be seen.
            LogFailedAfterLeaseLost(_logger, error, id);
            return;
        }

        var delay = RetryBackoff.Delay(timer.Attempts, _options.RetryDelaySeconds, _options.MaxRetryDelaySeconds);
        var reason = $"{error.GetType().Name}: {error.Message}";
        if (timer.RecordFailure(reason, _time.GetUtcNow() + delay, maxAttempts))
        {
            LogRetrying(_logger, error, timer.Kind, timer.EntityType, timer.EntityId, delay);
        }
        else
        {
            LogGaveUp(_logger, error, timer.Kind, timer.EntityType, timer.EntityId, timer.Attempts);
            await scope.ServiceProvider.GetRequiredService<ITimerFailureNotifier>().NotifyAsync(
                new TimerFailure(timer.Id, timer.Kind, timer.EntityType, timer.EntityId, timer.Attempts, reason), cancellationToken);
        }

        await db.SaveChangesAsync(cancellationToken);
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "Polling due timers failed")]
    private static partial void LogPollFailed(ILogger logger, Exception exception);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Timer {TimerId}: lease lost before commit; another instance fires it")]
    private static partial void LogLeaseLost(ILogger logger, Guid timerId);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Timer {TimerId} failed after its lease passed to another instance")]
    private static partial void LogFailedAfterLeaseLost(ILogger logger, Exception exception, Guid timerId);

    [LoggerMessage(Level = LogLevel.Information, Message = "Fired timer {Kind} for {EntityType}/{EntityId}")]
    private static partial void LogFired(ILogger logger, string kind, string entityType, string entityId);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Timer {Kind} for {EntityType}/{EntityId} failed; retrying in {Delay}")]
    private static partial void LogRetrying(ILogger logger, Exception exception, string kind, string entityType, string entityId, TimeSpan delay);

    [LoggerMessage(Level = LogLevel.Error, Message = "Timer {Kind} for {EntityType}/{EntityId} failed {Attempts} times; giving up")]
    private static partial void LogGaveUp(ILogger logger, Exception exception, string kind, string entityType, string entityId, int attempts);

    [LoggerMessage(Level = LogLevel.Debug, Message = "Timer {TimerId}: the dispatcher leased an unsent card of its entity meanwhile; running it again (run {Run})")]
    private static partial void LogRunAgainAfterDispatcherLease(ILogger logger, Guid timerId, int run);
}

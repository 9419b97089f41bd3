using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using SecurityBot.Core.Timers;
using SecurityBot.Infrastructure.Persistence;

namespace SecurityBot.Infrastructure.Timers;

/// <summary>
/// Fires due timers exactly once across restarts and instances: a due row is leased by one instance, its handler
/// runs in a DI scope inside a transaction, and the row is marked fired in that same transaction only if this
/// instance still holds the lease. A crash before the commit leaves no trace and the timer fires again elsewhere.
/// </summary>
public sealed partial class TimerScheduler(
    IServiceScopeFactory scopes,
    IOptions<TimerOptions> options,
    TimeProvider time,
    ILogger<TimerScheduler> logger) : BackgroundService
{
    private readonly string _instance = $"{Environment.MachineName}:{Environment.ProcessId}";

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var interval = TimeSpan.FromMilliseconds(options.Value.PollIntervalMilliseconds);
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await FireDueAsync(stoppingToken);
                await Task.Delay(interval, time, stoppingToken);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception ex)
            {
                LogPollFailed(logger, ex);
                await Task.Delay(interval, time, stoppingToken);
            }
        }
    }

    /// <summary>Leases and fires every timer due now; returns how many fired.</summary>
    public async Task<int> FireDueAsync(CancellationToken cancellationToken)
    {
        var o = options.Value;
        var owner = $"{_instance}:{Guid.NewGuid():N}";
        IReadOnlyList<Guid> ids;
        await using (var scope = scopes.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<SecurityBotDbContext>();
            var now = time.GetUtcNow();
            ids = await TimerLeaser.LeaseAsync(db, owner, o.BatchSize, now, now.AddSeconds(o.LeaseSeconds), cancellationToken);
        }

        var fired = 0;
        foreach (var id in ids)
        {
            if (await FireAsync(id, owner, cancellationToken))
            {
                fired++;
            }
        }

        return fired;
    }

    private async Task<bool> FireAsync(Guid id, string owner, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<FiringTimer>().Id = id;
        var db = scope.ServiceProvider.GetRequiredService<SecurityBotDbContext>();
        var timer = await db.Set<ScheduledTimer>().AsNoTracking()
            .SingleOrDefaultAsync(t => t.Id == id && t.LeaseOwner == owner && t.Status == TimerStatus.Scheduled, cancellationToken);
        if (timer is null)
        {
            return false;
        }

        var handler = scope.ServiceProvider.GetServices<ITimerHandler>().FirstOrDefault(h => h.Kind == timer.Kind);
        try
        {
            if (handler is null)
            {
                throw new InvalidOperationException($"No ITimerHandler is registered for kind '{timer.Kind}'.");
            }

            await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
            await handler.HandleAsync(new DueTimer(timer.Id, timer.EntityType, timer.EntityId, timer.Kind, timer.DueAt, timer.PayloadJson, timer.Attempts + 1), cancellationToken);
            var now = time.GetUtcNow();
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
                LogLeaseLost(logger, id);
                return false;
            }

            await db.SaveChangesAsync(cancellationToken);
            await transaction.CommitAsync(cancellationToken);
            LogFired(logger, timer.Kind, timer.EntityType, timer.EntityId);
            return true;
        }
        catch (Exception ex) when (!(ex is OperationCanceledException && cancellationToken.IsCancellationRequested))
        {
            await RecordFailureAsync(id, owner, handler is null ? 1 : options.Value.MaxAttempts, ex, cancellationToken);
            return false;
        }
    }

    private async Task RecordFailureAsync(Guid id, string owner, int maxAttempts, Exception error, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<SecurityBotDbContext>();
        var timer = await db.Set<ScheduledTimer>()
            .SingleOrDefaultAsync(t => t.Id == id && t.LeaseOwner == owner && t.Status == TimerStatus.Scheduled, cancellationToken);
        if (timer is null)
        {
            // Another instance took the timer over; its run decides. This run's error still has to be seen.
            LogFailedAfterLeaseLost(logger, error, id);
            return;
        }

        var delay = TimeSpan.FromSeconds(options.Value.RetryDelaySeconds * Math.Pow(2, timer.Attempts));
        if (timer.RecordFailure(error.Message, time.GetUtcNow() + delay, maxAttempts))
        {
            LogRetrying(logger, error, timer.Kind, timer.EntityType, timer.EntityId, delay);
        }
        else
        {
            LogGaveUp(logger, error, timer.Kind, timer.EntityType, timer.EntityId, timer.Attempts);
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
}

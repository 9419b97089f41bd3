using System.Collections.Concurrent;
using System.Threading.Channels;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using SecurityBot.Infrastructure.Persistence;

namespace SecurityBot.Infrastructure.Notifications;

/// <summary>
/// Sends the outbox: a producer leases due rows (never more than BatchSize in hand), MaxConcurrency workers deliver
/// them one by one, each in its own DI scope. Leasing ahead keeps the rate limiter, not the database, the pace-setter.
/// </summary>
public sealed partial class OutboxDispatcher(
    IServiceScopeFactory scopes,
    OutboxSignal signal,
    IOptions<OutboxOptions> options,
    TimeProvider time,
    ILogger<OutboxDispatcher> logger) : BackgroundService
{
    private readonly string _instance = $"{Environment.MachineName}:{Environment.ProcessId}";
    private readonly ConcurrentDictionary<Guid, string> _inHand = new();

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var o = options.Value;
        using var capacity = new SemaphoreSlim(o.BatchSize, o.BatchSize);
        var queue = Channel.CreateUnbounded<LeasedRow>(new UnboundedChannelOptions { SingleWriter = true });
        var workers = Enumerable.Range(0, o.MaxConcurrency).Select(_ => Task.Run(() => WorkAsync(queue.Reader, capacity, stoppingToken), CancellationToken.None)).ToArray();
        try
        {
            await ProduceAsync(queue.Writer, capacity, o, stoppingToken);
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Shutting down.
        }
        finally
        {
            queue.Writer.TryComplete();
            await Task.WhenAll(workers);
            await ReleaseUnsentAsync();
        }
    }

    private async Task ProduceAsync(ChannelWriter<LeasedRow> writer, SemaphoreSlim capacity, OutboxOptions o, CancellationToken stoppingToken)
    {
        var pollInterval = TimeSpan.FromMilliseconds(o.PollIntervalMilliseconds);
        while (!stoppingToken.IsCancellationRequested)
        {
            await capacity.WaitAsync(stoppingToken);
            var slots = 1;
            while (slots < o.BatchSize && capacity.Wait(0, CancellationToken.None))
            {
                slots++;
            }

            var leased = await LeaseAsync(slots, o, stoppingToken);
            var unused = slots - leased.Count;
            if (unused > 0)
            {
                capacity.Release(unused);
            }

            foreach (var row in leased)
            {
                _inHand[row.Id] = row.Owner;
                await writer.WriteAsync(row, stoppingToken);
            }

            if (leased.Count == 0)
            {
                await signal.WaitAsync(pollInterval, stoppingToken);
            }
        }
    }

    private async Task<IReadOnlyList<LeasedRow>> LeaseAsync(int max, OutboxOptions o, CancellationToken stoppingToken)
    {
        try
        {
            await using var scope = scopes.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<SecurityBotDbContext>();
            var owner = $"{_instance}:{Guid.NewGuid():N}";
            var now = time.GetUtcNow();
            var ids = await OutboxLeaser.LeaseAsync(db, owner, max, now, now.AddSeconds(o.LeaseSeconds), stoppingToken);
            return ids.Select(id => new LeasedRow(id, owner)).ToList();
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            LogLeaseFailed(logger, ex);
            await Task.Delay(TimeSpan.FromMilliseconds(o.PollIntervalMilliseconds), time, stoppingToken);
            return [];
        }
    }

    private async Task WorkAsync(ChannelReader<LeasedRow> reader, SemaphoreSlim capacity, CancellationToken stoppingToken)
    {
        try
        {
            await foreach (var row in reader.ReadAllAsync(stoppingToken))
            {
                try
                {
                    await using var scope = scopes.CreateAsyncScope();
                    await scope.ServiceProvider.GetRequiredService<OutboxDelivery>().DeliverAsync(row.Id, row.Owner, stoppingToken);
                }
                catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
                {
                    return;
                }
                catch (Exception ex)
                {
                    LogDeliveryCrashed(logger, ex, row.Id);
                }
                finally
                {
                    _inHand.TryRemove(row.Id, out _);
                    capacity.Release();
                }
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Shutting down.
        }
    }

    private async Task ReleaseUnsentAsync()
    {
        if (_inHand.IsEmpty)
        {
            return;
        }

        try
        {
            using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(5));
            await using var scope = scopes.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<SecurityBotDbContext>();
            foreach (var group in _inHand.GroupBy(p => p.Value, p => p.Key))
            {
                await OutboxLeaser.ReleaseAsync(db, group.ToList(), group.Key, timeout.Token);
            }
        }
        catch (Exception ex)
        {
            // Not fatal: the leases expire and another instance (or the next start) picks the rows up.
            LogReleaseFailed(logger, ex);
        }
    }

    private readonly record struct LeasedRow(Guid Id, string Owner);

    [LoggerMessage(Level = LogLevel.Error, Message = "Leasing outbox rows failed")]
    private static partial void LogLeaseFailed(ILogger logger, Exception exception);

    [LoggerMessage(Level = LogLevel.Error, Message = "Delivering outbox row {OutboxId} failed unexpectedly; it is retried when its lease expires")]
    private static partial void LogDeliveryCrashed(ILogger logger, Exception exception, Guid outboxId);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Could not release leased outbox rows at shutdown")]
    private static partial void LogReleaseFailed(ILogger logger, Exception exception);
}

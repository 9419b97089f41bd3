using System.Threading.Channels;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using SecurityBot.Platform.Leasing;
using SecurityBot.Platform.Persistence;

namespace SecurityBot.Platform.Notifications;

/// <summary>
/// Sends the outbox: a producer leases due rows only for free workers (never more than MaxConcurrency in hand, so
/// nothing leased waits in a queue), MaxConcurrency workers deliver them one by one, each in its own DI scope, and a
/// heartbeat renews the short leases of the rows in hand. A crashed instance's rows are free again within
/// Outbox:LeaseSeconds; a live instance keeps its rows however long the rate limiter makes them wait.
/// </summary>
public sealed partial class OutboxDispatcher : BackgroundService
{
    internal static readonly RowLeaser<OutboxMessage> Leaser = new("OutboxMessages", "NextAttemptAt");

    private readonly string _instance = $"{Environment.MachineName}:{Environment.ProcessId}";
    private readonly IServiceScopeFactory _scopes;
    private readonly OutboxSignal _signal;
    private readonly OutboxOptions _options;
    private readonly TimeProvider _time;
    private readonly ILogger<OutboxDispatcher> _logger;
    private readonly LeaseHeartbeat<OutboxMessage> _leases;

    public OutboxDispatcher(IServiceScopeFactory scopes, OutboxSignal signal, IOptions<OutboxOptions> options, TimeProvider time, ILogger<OutboxDispatcher> logger)
    {
        ArgumentNullException.ThrowIfNull(options);
        _scopes = scopes;
        _signal = signal;
        _options = options.Value;
        _time = time;
        _logger = logger;
        _leases = new LeaseHeartbeat<OutboxMessage>(Leaser, scopes, time, TimeSpan.FromSeconds(_options.LeaseSeconds), logger);
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var o = _options;
        using var capacity = new SemaphoreSlim(o.MaxConcurrency, o.MaxConcurrency);
        var queue = Channel.CreateUnbounded<LeasedRow>(new UnboundedChannelOptions { SingleWriter = true });
        var workers = Enumerable.Range(0, o.MaxConcurrency).Select(_ => Task.Run(() => WorkAsync(queue.Reader, capacity, stoppingToken), CancellationToken.None)).ToList();
        workers.Add(Task.Run(() => _leases.RunAsync(stoppingToken), CancellationToken.None));
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
            await _leases.ReleaseAllAsync();
        }
    }

    private async Task ProduceAsync(ChannelWriter<LeasedRow> writer, SemaphoreSlim capacity, OutboxOptions o, CancellationToken stoppingToken)
    {
        var pollInterval = TimeSpan.FromMilliseconds(o.PollIntervalMilliseconds);
        while (!stoppingToken.IsCancellationRequested)
        {
            // Lease only for workers that are free: what is leased is about to be sent.
            await capacity.WaitAsync(stoppingToken);
            var slots = 1;
            while (slots < o.MaxConcurrency && capacity.Wait(0, CancellationToken.None))
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
                _leases.Hold(row.Id, row.Owner, row.LeasedAt);
                await writer.WriteAsync(row, stoppingToken);
            }

            if (leased.Count == 0)
            {
                await _signal.WaitAsync(pollInterval, stoppingToken);
            }
        }
    }

    private async Task<IReadOnlyList<LeasedRow>> LeaseAsync(int max, OutboxOptions o, CancellationToken stoppingToken)
    {
        try
        {
            await using var scope = _scopes.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<SecurityBotDbContext>();
            var owner = $"{_instance}:{Guid.NewGuid():N}";
            var leasedAt = _time.GetTimestamp();
            var now = _time.GetUtcNow();
            var ids = await Leaser.LeaseAsync(db, owner, max, now, now + _leases.Lease, stoppingToken, _leases.InHand);
            return ids.Select(id => new LeasedRow(id, owner, leasedAt)).ToList();
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            LogLeaseFailed(_logger, ex);
            await Task.Delay(TimeSpan.FromMilliseconds(o.PollIntervalMilliseconds), _time, stoppingToken);
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
                    await using var scope = _scopes.CreateAsyncScope();
                    await scope.ServiceProvider.GetRequiredService<OutboxDelivery>().DeliverAsync(row.Id, row.Owner, () => _leases.Holds(row.Id), stoppingToken);
                }
                catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
                {
                    return;
                }
                catch (Exception ex)
                {
                    await RecordCrashAsync(row, ex, stoppingToken);
                }
                finally
                {
                    _leases.Drop(row.Id);
                    capacity.Release();
                }
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Shutting down.
        }
    }

    /// <summary>
    /// Anything thrown while delivering (token, payload, a bad id, a bug) is an attempt like a failed send: counted,
    /// retried with backoff, dead-lettered after MaxAttempts — never a row that comes back forever.
    /// </summary>
    private async Task RecordCrashAsync(LeasedRow row, Exception error, CancellationToken stoppingToken)
    {
        LogDeliveryCrashed(_logger, error, row.Id);
        try
        {
            // A fresh scope: the crashed one's unit of work may hold half-made changes.
            await using var scope = _scopes.CreateAsyncScope();
            await scope.ServiceProvider.GetRequiredService<OutboxDelivery>().RecordUnexpectedFailureAsync(row.Id, row.Owner, error, stoppingToken);
        }
        catch (Exception ex) when (!(ex is OperationCanceledException && stoppingToken.IsCancellationRequested))
        {
            // The lease expires and the row is tried again; the attempt could not be counted this time.
            LogCrashNotRecorded(_logger, ex, row.Id);
        }
    }

    private readonly record struct LeasedRow(Guid Id, string Owner, long LeasedAt);

    [LoggerMessage(Level = LogLevel.Error, Message = "Leasing outbox rows failed")]
    private static partial void LogLeaseFailed(ILogger logger, Exception exception);

    [LoggerMessage(Level = LogLevel.Error, Message = "Delivering outbox row {OutboxId} failed unexpectedly; counted as an attempt")]
    private static partial void LogDeliveryCrashed(ILogger logger, Exception exception, Guid outboxId);

    [LoggerMessage(Level = LogLevel.Error, Message = "Could not record the failed attempt of outbox row {OutboxId}; it is retried when its lease expires")]
    private static partial void LogCrashNotRecorded(ILogger logger, Exception exception, Guid outboxId);
}

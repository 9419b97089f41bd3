using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace SecurityBot.Integrations.Application;

/// <summary>
/// Sends the stored webhook deliveries: leases due rows through the platform's row leaser (several instances never
/// send the same row), works on them in parallel each in its own DI scope while a heartbeat renews their short leases,
/// and releases what is left in hand at shutdown. A crashed instance's rows are free again within LeaseSeconds.
/// </summary>
internal sealed partial class WebhookDispatcher : BackgroundService
{
    internal static readonly RowLeaser<WebhookDelivery> Leaser = new(WebhookDelivery.TableName, nameof(WebhookDelivery.NextAttemptAt));

    private readonly string _instance = $"{Environment.MachineName}:{Environment.ProcessId}";
    private readonly IServiceScopeFactory _scopes;
    private readonly WebhookOptions _options;
    private readonly TimeProvider _time;
    private readonly ILogger<WebhookDispatcher> _logger;
    private readonly LeaseHeartbeat<WebhookDelivery> _leases;

    public WebhookDispatcher(IServiceScopeFactory scopes, IOptions<WebhookOptions> options, TimeProvider time, ILogger<WebhookDispatcher> logger)
    {
        ArgumentNullException.ThrowIfNull(options);
        _scopes = scopes;
        _options = options.Value;
        _time = time;
        _logger = logger;
        _leases = new LeaseHeartbeat<WebhookDelivery>(Leaser, scopes, time, TimeSpan.FromSeconds(_options.LeaseSeconds), logger);
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
                    if (await DispatchDueAsync(stoppingToken) == 0)
                    {
                        await Task.Delay(interval, _time, stoppingToken);
                    }
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
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Shutting down.
        }
        finally
        {
            await heartbeat;
            await _leases.ReleaseAllAsync();
        }
    }

    /// <summary>Leases up to MaxConcurrency due deliveries and works on them; returns how many were leased.</summary>
    public async Task<int> DispatchDueAsync(CancellationToken stoppingToken)
    {
        var owner = $"{_instance}:{Guid.NewGuid():N}";
        var leasedAt = _time.GetTimestamp();
        IReadOnlyList<Guid> ids;
        await using (var scope = _scopes.CreateAsyncScope())
        {
            var now = _time.GetUtcNow();
            ids = await Leaser.LeaseAsync(scope.ServiceProvider.GetRequiredService<SecurityBotDbContext>(), owner, _options.MaxConcurrency,
                now, now + _leases.Lease, stoppingToken, _leases.InHand);
        }

        foreach (var id in ids)
        {
            _leases.Hold(id, owner, leasedAt);
        }

        await Task.WhenAll(ids.Select(id => WorkAsync(id, owner, stoppingToken)));
        return ids.Count;
    }

    private async Task WorkAsync(Guid id, string owner, CancellationToken stoppingToken)
    {
        try
        {
            await using var scope = _scopes.CreateAsyncScope();
            await scope.ServiceProvider.GetRequiredService<WebhookDeliveryWorker>().DeliverAsync(id, owner, () => _leases.Holds(id), stoppingToken);
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Shutting down: the lease is released and the row sent again later.
        }
        catch (Exception ex)
        {
            LogDeliveryCrashed(_logger, ex, id);
            try
            {
                // A fresh scope: the crashed one's unit of work may hold half-made changes.
                await using var scope = _scopes.CreateAsyncScope();
                await scope.ServiceProvider.GetRequiredService<WebhookDeliveryWorker>().RecordCrashAsync(id, owner, ex, stoppingToken);
            }
            catch (Exception inner) when (!(inner is OperationCanceledException && stoppingToken.IsCancellationRequested))
            {
                LogCrashNotRecorded(_logger, inner, id);
            }
        }
        finally
        {
            _leases.Drop(id);
        }
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "Polling due webhook deliveries failed")]
    private static partial void LogPollFailed(ILogger logger, Exception exception);

    [LoggerMessage(Level = LogLevel.Error, Message = "Webhook delivery {DeliveryId} failed unexpectedly; counted as an attempt")]
    private static partial void LogDeliveryCrashed(ILogger logger, Exception exception, Guid deliveryId);

    [LoggerMessage(Level = LogLevel.Error, Message = "Could not record the failed attempt of webhook delivery {DeliveryId}; it is retried when its lease expires")]
    private static partial void LogCrashNotRecorded(ILogger logger, Exception exception, Guid deliveryId);
}

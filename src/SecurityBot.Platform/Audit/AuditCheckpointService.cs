using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace SecurityBot.Platform.Audit;

/// <summary>
/// Writes an audit checkpoint at start, every Audit:CheckpointInterval, and once more at graceful shutdown, so the
/// latest checkpoint is never further behind the log than one interval (or a crash).
/// </summary>
internal sealed partial class AuditCheckpointService(
    IServiceScopeFactory scopes,
    IOptions<AuditOptions> options,
    TimeProvider time,
    ILogger<AuditCheckpointService> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            await WriteOnceAsync(stoppingToken);
            try
            {
                await Task.Delay(options.Value.CheckpointInterval, time, stoppingToken);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
        }
    }

    public override async Task StopAsync(CancellationToken cancellationToken)
    {
        await base.StopAsync(cancellationToken);
        // The turns that finished before shutdown are signed now, not at the next start.
        await WriteOnceAsync(cancellationToken);
    }

    /// <summary>One checkpoint; failures are logged and retried at the next interval, never fatal to the host.</summary>
    internal async Task WriteOnceAsync(CancellationToken cancellationToken)
    {
        try
        {
            await using var scope = scopes.CreateAsyncScope();
            await scope.ServiceProvider.GetRequiredService<AuditCheckpointWriter>().WriteAsync(cancellationToken);
        }
        catch (Exception ex) when (!cancellationToken.IsCancellationRequested)
        {
            // A database hiccup must not stop the host; the next interval tries again. (Cancelled: shutting down,
            // or the host's stop timeout passed; the next start writes one.)
            LogFailed(logger, ex);
        }
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "Writing the audit checkpoint failed; retrying at the next interval")]
    private static partial void LogFailed(ILogger logger, Exception exception);
}

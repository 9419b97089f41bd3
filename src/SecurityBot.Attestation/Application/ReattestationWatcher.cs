using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace SecurityBot.Attestation.Application;

/// <summary>
/// Compares the policy library's versions with the campaigns at start and every Attestation:VersionCheckSeconds
/// (<see cref="ReattestationChecks"/>). The library reloads itself when the folder changes; this only has to notice
/// the new version within a period. Every instance runs it: the offer's unique key makes one of them the sender.
/// </summary>
internal sealed partial class ReattestationWatcher(
    IServiceScopeFactory scopes,
    IOptions<AttestationOptions> options,
    TimeProvider time,
    ILogger<ReattestationWatcher> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        // Off the host's start path: the first check may wait for the database.
        await Task.Yield();
        using var timer = new PeriodicTimer(TimeSpan.FromSeconds(options.Value.VersionCheckSeconds), time);
        try
        {
            do
            {
                await CheckOnceAsync(stoppingToken);
            }
            while (await timer.WaitForNextTickAsync(stoppingToken));
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Shutting down.
        }
    }

    /// <summary>One check; a failure (the database away, a broken row) is logged and the next period tries again, never fatal to the host.</summary>
    internal async Task<int> CheckOnceAsync(CancellationToken cancellationToken)
    {
        try
        {
            await using var scope = scopes.CreateAsyncScope();
            return await scope.ServiceProvider.GetRequiredService<ReattestationChecks>().CheckAsync(cancellationToken);
        }
        catch (Exception ex) when (!cancellationToken.IsCancellationRequested)
        {
            LogFailed(logger, options.Value.VersionCheckSeconds, ex);
            return 0;
        }
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "Comparing the policy versions with the campaigns failed; retrying in {Seconds} s")]
    private static partial void LogFailed(ILogger logger, int seconds, Exception exception);
}

using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace SecurityBot.Platform.Persistence;

/// <summary>
/// Brings the schema up to date before any hosted service starts (StartingAsync runs before every StartAsync), so
/// the dispatcher, scheduler and the first turn never see an old schema.
/// </summary>
internal sealed partial class DatabaseStartup(IServiceScopeFactory scopes, DatabaseConnection connection, ILogger<DatabaseStartup> logger)
    : IHostedLifecycleService
{
    public async Task StartingAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<SecurityBotDbContext>();
        LogMigrating(logger, connection.Provider);
        await SchemaMigrator.MigrateAsync(db, targetMigration: null, cancellationToken);
        LogMigrated(logger, connection.Provider);
    }

    public Task StartAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StartedAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StoppingAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StoppedAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    [LoggerMessage(Level = LogLevel.Information, Message = "Bringing the {Provider} schema up to date")]
    private static partial void LogMigrating(ILogger logger, DatabaseProvider provider);

    [LoggerMessage(Level = LogLevel.Information, Message = "The {Provider} schema is up to date")]
    private static partial void LogMigrated(ILogger logger, DatabaseProvider provider);
}

using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.Logging;

namespace SecurityBot.Platform.Persistence;

/// <summary>How a <see cref="SecurityBotDbContext"/> is configured for each engine; shared by the host and the tests.</summary>
public static class DbContextSetup
{
    public static void Configure(DbContextOptionsBuilder options, DatabaseConnection connection, DatabaseOptions settings)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(connection);
        ArgumentNullException.ThrowIfNull(settings);
        if (connection.Provider == DatabaseProvider.PostgreSQL)
        {
            options.UseNpgsql(connection.ConnectionString, npgsql => npgsql.CommandTimeout(settings.CommandTimeoutSeconds));
        }
        else
        {
            options.UseSqlite(connection.ConnectionString, sqlite => sqlite.CommandTimeout(settings.CommandTimeoutSeconds));
            options.AddInterceptors(new SqliteConnectionSetup(settings.SqliteBusyTimeoutMilliseconds));
        }

        // Migrations are hand-written and there is no model snapshot (the EF design package is unavailable), so EF
        // cannot compare model and migrations; the schema tests do that job instead.
        options.ReplaceService<Microsoft.EntityFrameworkCore.Infrastructure.IModelCacheKeyFactory, SecurityBotModelCacheKeyFactory>();

        options.ConfigureWarnings(w => w
            .Ignore(RelationalEventId.PendingModelChangesWarning)
            // EF logs a failed command at Error and then throws. Unique-key races (two first turns of one person, a
            // click storm) are expected and handled by their callers, and anything not handled is logged where it
            // lands (the adapter's turn-failure log, the outbox and timer loops), so EF's own copy goes to Debug.
            .Log((RelationalEventId.CommandError, LogLevel.Debug), (CoreEventId.SaveChangesFailed, LogLevel.Debug)));
    }
}

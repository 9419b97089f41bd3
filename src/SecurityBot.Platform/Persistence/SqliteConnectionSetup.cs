using System.Data.Common;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace SecurityBot.Platform.Persistence;

/// <summary>
/// Per-connection SQLite settings: a busy timeout so a second writer waits for the lock instead of failing with
/// SQLITE_BUSY, and synchronous=NORMAL, which is durable against process crashes in WAL mode (WAL itself is set once
/// per file by the migrator).
/// </summary>
internal sealed class SqliteConnectionSetup(int busyTimeoutMilliseconds) : DbConnectionInterceptor
{
    public override void ConnectionOpened(DbConnection connection, ConnectionEndEventData eventData) => Apply(connection);

    public override Task ConnectionOpenedAsync(DbConnection connection, ConnectionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        Apply(connection);
        return Task.CompletedTask;
    }

    private void Apply(DbConnection connection)
    {
        using var command = connection.CreateCommand();
        command.CommandText = $"PRAGMA busy_timeout = {busyTimeoutMilliseconds}; PRAGMA synchronous = NORMAL;";
        command.ExecuteNonQuery();
    }
}

using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace SecurityBot.Platform.Persistence;

/// <summary>
/// Creates or upgrades the schema in place by applying the hand-written migrations in order. Safe with several
/// instances starting at once: on PostgreSQL a session advisory lock serialises them (the second waits, then finds
/// nothing left to apply); SQLite serialises writers itself and EF Core adds a lock table.
/// </summary>
public static class SchemaMigrator
{
    // Arbitrary but fixed: every SecurityBot instance must use the same key.
    private const long PostgresAdvisoryLockKey = 0x53656342_6F745343;

    /// <summary>Applies pending migrations up to <paramref name="targetMigration"/> (all when null).</summary>
    public static async Task MigrateAsync(SecurityBotDbContext db, string? targetMigration, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        var migrator = db.GetService<IMigrator>();
        await db.Database.OpenConnectionAsync(cancellationToken);
        try
        {
            if (db.Database.IsNpgsql())
            {
                await db.Database.ExecuteSqlAsync($"SELECT pg_advisory_lock({PostgresAdvisoryLockKey})", cancellationToken);
                try
                {
                    await migrator.MigrateAsync(targetMigration, cancellationToken);
                }
                finally
                {
                    await db.Database.ExecuteSqlAsync($"SELECT pg_advisory_unlock({PostgresAdvisoryLockKey})", CancellationToken.None);
                }
            }
            else
            {
                // WAL is a property of the file: readers no longer block the writer (turns vs. the dispatcher).
                await db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode = WAL;", cancellationToken);
                await migrator.MigrateAsync(targetMigration, cancellationToken);
            }
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }
    }
}

using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace SecurityBot.Platform.Persistence;

/// <summary>Classifies database errors the same way on both engines.</summary>
public static class DbErrors
{
    /// <summary>A unique or primary key constraint refused the write (someone else took that number first).</summary>
    public static bool IsUniqueViolation(DbUpdateException exception) =>
        exception?.InnerException switch
        {
            SqliteException sqlite => sqlite.SqliteErrorCode == 19 && sqlite.SqliteExtendedErrorCode is 1555 or 2067,
            PostgresException postgres => postgres.SqlState == PostgresErrorCodes.UniqueViolation,
            _ => false,
        };
}

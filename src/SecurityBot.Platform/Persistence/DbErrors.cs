using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace SecurityBot.Platform.Persistence;

/// <summary>
/// Classifies database errors the same way on both engines. There is deliberately no "any unique violation": a
/// caller names the key it expects to lose (see <see cref="CommitRetry"/>), so an unrelated one stays a fault.
/// </summary>
public static class DbErrors
{
    private const string SqliteUniqueFailed = "UNIQUE constraint failed: ";

    /// <summary>
    /// <paramref name="key"/> — and not some other unique constraint — refused the write. Only this is a race the
    /// caller can expect; a violation of any other key is a fault and must not be retried or swallowed.
    /// </summary>
    public static bool IsUniqueViolation(DbUpdateException exception, UniqueKey key)
    {
        ArgumentNullException.ThrowIfNull(key);
        return exception?.InnerException switch
        {
            SqliteException sqlite => IsSqliteUniqueViolation(sqlite) && string.Equals(SqliteViolatedColumns(sqlite.Message), key.SqliteColumns, StringComparison.Ordinal),
            PostgresException postgres => postgres.SqlState == PostgresErrorCodes.UniqueViolation && string.Equals(postgres.ConstraintName, key.Name, StringComparison.Ordinal),
            _ => false,
        };
    }

    private static bool IsSqliteUniqueViolation(SqliteException sqlite) => sqlite.SqliteErrorCode == 19 && sqlite.SqliteExtendedErrorCode is 1555 or 2067;

    /// <summary>"Table.A, Table.B" out of "SQLite Error 19: 'UNIQUE constraint failed: Table.A, Table.B'."</summary>
    private static string? SqliteViolatedColumns(string message)
    {
        var start = message.IndexOf(SqliteUniqueFailed, StringComparison.Ordinal);
        if (start < 0)
        {
            return null;
        }

        start += SqliteUniqueFailed.Length;
        var end = message.IndexOf('\'', start);
        return end < 0 ? message[start..].TrimEnd('.') : message[start..end];
    }
}

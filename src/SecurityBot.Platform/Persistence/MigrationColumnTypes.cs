namespace SecurityBot.Platform.Persistence;

/// <summary>
/// The only store types that differ between the engines in hand-written migrations; everything else is inferred
/// from the CLR type by each provider.
/// </summary>
public static class MigrationColumnTypes
{
    /// <summary>Column type of a DateTimeOffset: UTC ticks on SQLite, timestamptz on PostgreSQL.</summary>
    public static string Instant(string? activeProvider) =>
        IsSqlite(activeProvider) ? "INTEGER" : "timestamp with time zone";

    private static bool IsSqlite(string? activeProvider) =>
        activeProvider is not null && activeProvider.Contains("Sqlite", StringComparison.Ordinal);
}

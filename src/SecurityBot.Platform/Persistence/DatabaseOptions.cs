using System.ComponentModel.DataAnnotations;

namespace SecurityBot.Platform.Persistence;

/// <summary>The "Database" configuration section. The PostgreSQL connection string is ConnectionStrings:SecurityBot.</summary>
public sealed class DatabaseOptions
{
    public const string SectionName = "Database";

    /// <summary>Database:Provider — Sqlite (default, a file under DataDirectory) or PostgreSQL (uses ConnectionStrings:SecurityBot).</summary>
    public DatabaseProvider Provider { get; set; } = DatabaseProvider.Sqlite;

    /// <summary>Database:DataDirectory — folder of the SQLite file, created on first run; relative paths resolve against the content root.</summary>
    [Required]
    public string DataDirectory { get; set; } = "data";

    /// <summary>Database:SqliteBusyTimeoutMilliseconds — how long a SQLite writer waits for the lock held by another writer before failing.</summary>
    [Range(100, 120_000)]
    public int SqliteBusyTimeoutMilliseconds { get; set; } = 10_000;

    /// <summary>Database:CommandTimeoutSeconds — timeout of one SQL command.</summary>
    [Range(1, 600)]
    public int CommandTimeoutSeconds { get; set; } = 30;
}

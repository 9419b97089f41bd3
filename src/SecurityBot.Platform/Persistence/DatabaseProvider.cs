namespace SecurityBot.Platform.Persistence;

/// <summary>The database engine behind <see cref="SecurityBotDbContext"/>.</summary>
public enum DatabaseProvider
{
    /// <summary>Embedded single-file database: the zero-configuration default for one instance.</summary>
    Sqlite = 0,

    /// <summary>Shared server database for several instances behind a load balancer.</summary>
    PostgreSQL = 1,
}

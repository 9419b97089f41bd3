using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace SecurityBot.Platform.Persistence;

/// <summary>
/// The resolved provider + connection string: one place that turns options, ConnectionStrings:SecurityBot and the
/// content root into what EF Core needs, and creates the SQLite data folder on first run.
/// </summary>
public sealed class DatabaseConnection
{
    public const string ConnectionStringName = "SecurityBot";

    public DatabaseConnection(DatabaseProvider provider, string connectionString)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(connectionString);
        Provider = provider;
        ConnectionString = connectionString;
    }

    public DatabaseProvider Provider { get; }

    public string ConnectionString { get; }

    internal static DatabaseConnection Resolve(IOptions<DatabaseOptions> options, IConfiguration configuration, IHostEnvironment environment)
    {
        var o = options.Value;
        var configured = configuration.GetConnectionString(ConnectionStringName);
        if (o.Provider == DatabaseProvider.PostgreSQL)
        {
            if (string.IsNullOrWhiteSpace(configured))
            {
                throw new OptionsValidationException(DatabaseOptions.SectionName, typeof(DatabaseOptions),
                    ["Database:Provider is PostgreSQL but ConnectionStrings:SecurityBot is empty."]);
            }

            return new DatabaseConnection(DatabaseProvider.PostgreSQL, configured);
        }

        if (!string.IsNullOrWhiteSpace(configured))
        {
            return new DatabaseConnection(DatabaseProvider.Sqlite, configured);
        }

        var folder = Path.GetFullPath(o.DataDirectory, environment.ContentRootPath);
        System.IO.Directory.CreateDirectory(folder);
        var builder = new SqliteConnectionStringBuilder
        {
            DataSource = Path.Combine(folder, "securitybot.db"),
            Mode = SqliteOpenMode.ReadWriteCreate,
            Cache = SqliteCacheMode.Private,
            Pooling = true,
            DefaultTimeout = o.CommandTimeoutSeconds,
        };
        return new DatabaseConnection(DatabaseProvider.Sqlite, builder.ToString());
    }
}

using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.FileProviders;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;
using SecurityBot.Platform.Persistence;

namespace SecurityBot.UnitTests.Persistence;

public sealed class DatabaseConnectionTests : IDisposable
{
    private readonly string _contentRoot = System.IO.Directory.CreateTempSubdirectory("securitybot-root-").FullName;

    [Fact]
    public void Resolve_SqliteWithoutConnectionString_CreatesTheDataFolderUnderTheContentRoot()
    {
        var connection = Resolve(new DatabaseOptions { DataDirectory = "state" }, connectionString: null);

        connection.Provider.Should().Be(DatabaseProvider.Sqlite);
        System.IO.Directory.Exists(Path.Combine(_contentRoot, "state")).Should().BeTrue();
        new SqliteConnectionStringBuilder(connection.ConnectionString).DataSource.Should().Be(Path.Combine(_contentRoot, "state", "securitybot.db"));
    }

    [Fact]
    public void Resolve_PostgreSqlWithoutConnectionString_FailsNamingTheKey()
    {
        var act = () => Resolve(new DatabaseOptions { Provider = DatabaseProvider.PostgreSQL }, connectionString: null);

        act.Should().Throw<OptionsValidationException>().WithMessage("*ConnectionStrings:SecurityBot*");
    }

    [Fact]
    public void Resolve_PostgreSqlWithConnectionString_UsesIt()
    {
        var connection = Resolve(new DatabaseOptions { Provider = DatabaseProvider.PostgreSQL }, "Host=db;Database=securitybot");

        connection.Provider.Should().Be(DatabaseProvider.PostgreSQL);
        connection.ConnectionString.Should().Be("Host=db;Database=securitybot");
    }

    public void Dispose() => System.IO.Directory.Delete(_contentRoot, recursive: true);

    private DatabaseConnection Resolve(DatabaseOptions options, string? connectionString)
    {
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?> { ["ConnectionStrings:SecurityBot"] = connectionString })
            .Build();
        return DatabaseConnection.Resolve(Options.Create(options), configuration, new Environment(_contentRoot));
    }

    private sealed class Environment(string contentRoot) : IHostEnvironment
    {
        public string EnvironmentName { get; set; } = Environments.Development;

        public string ApplicationName { get; set; } = "SecurityBot";

        public string ContentRootPath { get; set; } = contentRoot;

        public IFileProvider ContentRootFileProvider { get; set; } = new NullFileProvider();
    }
}

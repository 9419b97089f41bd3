using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using SecurityBot.Platform;
using SecurityBot.Platform.Persistence;

namespace SecurityBot.IntegrationTests.Persistence;

/// <summary>
/// The real persistence registration (AddPersistence) on a test database, as a generic host; one per simulated
/// instance. Not started unless asked, so tests can drive the scheduler and dispatcher themselves.
/// </summary>
public sealed class PersistenceTestHost : IAsyncDisposable
{
    private readonly IHost _host;
    private bool _started;

    private PersistenceTestHost(IHost host) => _host = host;

    public IServiceProvider Services => _host.Services;

    public static async Task<PersistenceTestHost> CreateAsync(
        TestDatabase database,
        TimeProvider? time = null,
        IDictionary<string, string?>? settings = null,
        Action<IServiceCollection>? services = null)
    {
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings
        {
            DisableDefaults = true,
            EnvironmentName = Environments.Development,
            ContentRootPath = Path.GetTempPath(),
        });
        var config = new Dictionary<string, string?>
        {
            ["Database:Provider"] = database.Provider.ToString(),
            ["ConnectionStrings:SecurityBot"] = database.ConnectionString,
            ["Outbox:PollIntervalMilliseconds"] = "100",
            ["Timers:PollIntervalMilliseconds"] = "100",
        };
        foreach (var (key, value) in settings ?? new Dictionary<string, string?>())
        {
            config[key] = value;
        }

        builder.Configuration.AddInMemoryCollection(config);
        builder.Logging.SetMinimumLevel(LogLevel.Warning);
        if (time is not null)
        {
            builder.Services.AddSingleton(time);
        }

        builder.AddPersistence();
        services?.Invoke(builder.Services);
        var host = builder.Build();
        await using (var scope = host.Services.CreateAsyncScope())
        {
            await SchemaMigrator.MigrateAsync(scope.ServiceProvider.GetRequiredService<SecurityBotDbContext>(), null, CancellationToken.None);
        }

        return new PersistenceTestHost(host);
    }

    /// <summary>Starts the hosted services (schema startup, outbox dispatcher, timer scheduler).</summary>
    public async Task StartAsync()
    {
        await _host.StartAsync();
        _started = true;
    }

    public async Task<T> InScopeAsync<T>(Func<IServiceProvider, Task<T>> work)
    {
        ArgumentNullException.ThrowIfNull(work);
        await using var scope = _host.Services.CreateAsyncScope();
        return await work(scope.ServiceProvider);
    }

    public Task InScopeAsync(Func<IServiceProvider, Task> work) =>
        InScopeAsync(async sp =>
        {
            await work(sp);
            return true;
        });

    public async ValueTask DisposeAsync()
    {
        if (_started)
        {
            await _host.StopAsync();
        }

        _host.Dispose();
    }
}

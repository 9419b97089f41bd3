using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.Logging;
using SecurityBot.Testing.Logging;

namespace SecurityBot.FunctionalTests;

/// <summary>
/// SecurityBot in memory with its shipped configuration (root appsettings.json, demo organisation, shipped
/// policies), a fresh SQLite database per factory, and the given settings on top (e.g. auth on against a fake issuer).
/// </summary>
public sealed class SecurityBotFactory(IReadOnlyDictionary<string, string?>? settings = null, string environment = "Development", CapturingLoggerProvider? logs = null)
    : WebApplicationFactory<Program>
{
    public string DataDirectory { get; } = Path.Combine(Path.GetTempPath(), "securitybot-functional-" + Guid.NewGuid().ToString("N"));

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment(environment);
        builder.UseSetting("Database:DataDirectory", DataDirectory);
        builder.UseSetting("Outbox:PollIntervalMilliseconds", "50");
        builder.UseSetting("Timers:PollIntervalMilliseconds", "50");
        // Each host would hold an inotify instance on the shipped policies; the reload path has its own tests.
        builder.UseSetting("Policies:WatchForChanges", "false");
        foreach (var (key, value) in settings ?? new Dictionary<string, string?>())
        {
            builder.UseSetting(key, value);
        }

        if (logs is not null)
        {
            // Every level reaches the capturing provider, whatever the shipped Logging section filters out.
            builder.ConfigureLogging(logging => logging.AddProvider(logs).AddFilter<CapturingLoggerProvider>(null, LogLevel.Trace));
        }
    }

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        try
        {
            Directory.Delete(DataDirectory, recursive: true);
        }
        catch (IOException)
        {
            // SQLite may still hold the WAL file for a moment; a temp folder left behind is harmless.
        }
    }
}

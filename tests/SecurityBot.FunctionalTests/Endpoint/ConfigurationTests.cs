using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace SecurityBot.FunctionalTests.Endpoint;

/// <summary>The root appsettings.json is the configuration the app runs with (configuration only: SQLite is enough).</summary>
public sealed class ConfigurationTests
{
    [Fact]
    public async Task Configuration_Started_LoadsTheRootAppSettingsFile()
    {
        await using var bot = await BotHarness.StartAsync();
        var configuration = bot.Services.GetRequiredService<IConfiguration>();
        var root = FindRepositoryRoot();

        var provider = ((IConfigurationRoot)configuration).Providers.OfType<Microsoft.Extensions.Configuration.Json.JsonConfigurationProvider>()
            .Single(p => p.Source.Path == "appsettings.json");
        var loaded = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "appsettings.json"));

        loaded.Should().Be(File.ReadAllText(Path.Combine(root, "appsettings.json")), "the root file is copied to the output unchanged");
        provider.TryGet("BotOpenIdMetadata", out var metadata).Should().BeTrue();
        metadata.Should().Be("https://login.botframework.com/v1/.well-known/openidconfiguration");
    }

    private static string FindRepositoryRoot()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "SecurityBot.sln")))
        {
            directory = directory.Parent;
        }

        return directory?.FullName ?? throw new InvalidOperationException("SecurityBot.sln not found above the test output.");
    }
}

using System.Net;
using SecurityBot.Platform.Persistence;

namespace SecurityBot.FunctionalTests.Endpoint;

public sealed class SqliteHealthTests() : HealthTests(DatabaseProvider.Sqlite);

public sealed class PostgresHealthTests() : HealthTests(DatabaseProvider.PostgreSQL);

/// <summary>What the platform's probes see.</summary>
public abstract class HealthTests(DatabaseProvider provider) : IAsyncLifetime
{
    private BotHarness _bot = null!;

    public async Task InitializeAsync() => _bot = await BotHarness.StartAsync(provider);

    public async Task DisposeAsync() => await _bot.DisposeAsync();

    [Fact]
    public async Task Healthz_Running_200()
    {
        var response = await _bot.Client.GetAsync(new Uri("/healthz", UriKind.Relative));

        response.StatusCode.Should().Be(HttpStatusCode.OK);
    }

    [Fact]
    public async Task Readyz_DatabaseAndShippedPoliciesLoaded_Healthy()
    {
        var response = await _bot.Client.GetAsync(new Uri("/readyz", UriKind.Relative));

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        (await response.Content.ReadAsStringAsync()).Should().Be("Healthy");
    }

    [Fact]
    public async Task Readyz_PolicyFolderEmpty_DegradedButStillServing()
    {
        var empty = Directory.CreateTempSubdirectory("securitybot-no-policies-");
        await using var bot = await BotHarness.StartAsync(provider, new Dictionary<string, string?> { ["Policies:Folder"] = empty.FullName });

        var response = await bot.Client.GetAsync(new Uri("/readyz", UriKind.Relative));

        response.StatusCode.Should().Be(HttpStatusCode.OK, "a degraded bot still takes reports");
        (await response.Content.ReadAsStringAsync()).Should().Be("Degraded");
    }
}

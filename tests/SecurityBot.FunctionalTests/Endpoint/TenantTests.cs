using System.Net;
using SecurityBot.Platform.Persistence;

namespace SecurityBot.FunctionalTests.Endpoint;

public sealed class SqliteTenantTests() : TenantTests(DatabaseProvider.Sqlite);

public sealed class PostgresTenantTests() : TenantTests(DatabaseProvider.PostgreSQL);

/// <summary>Bot:AllowedTenantIds keeps other organisations out.</summary>
public abstract class TenantTests(DatabaseProvider provider)
{
    [Fact]
    public async Task Post_TenantNotAllowed_403AndNothingStoredOrSent()
    {
        await using var bot = await BotHarness.StartAsync(provider, new Dictionary<string, string?> { ["Bot:AllowedTenantIds:0"] = "11111111-1111-1111-1111-111111111111" });

        var response = await bot.PostAsync(bot.Activities.Message("help"));

        response.StatusCode.Should().Be(HttpStatusCode.Forbidden);
        bot.Connector.Requests.Should().BeEmpty();
        (await bot.StoredReferenceCountAsync()).Should().Be(0);
    }

    [Fact]
    public async Task Post_TenantAllowed_Answered()
    {
        await using var bot = await BotHarness.StartAsync(provider, new Dictionary<string, string?> { ["Bot:AllowedTenantIds:0"] = TeamsActivities.DefaultTenantId.ToUpperInvariant() });

        var response = await bot.PostAsync(bot.Activities.Message("help"));

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        bot.Connector.Posted.Should().ContainSingle();
    }
}

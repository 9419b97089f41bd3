using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;
using SecurityBot.BotFramework;

namespace SecurityBot.UnitTests.Connector;

/// <summary>The Bot section as AddBotConnector binds and validates it.</summary>
public sealed class BotOptionsValidatorTests
{
    [Fact]
    public void Bind_RootAppSettingsValues_ReachNestedConnectorAndLists()
    {
        var options = Resolve(new()
        {
            ["Bot:TrustedServiceUrls:0"] = "https://smba.trafficmanager.net/amer/",
            ["Bot:Connector:MaxRetries"] = "5",
            ["Bot:Connector:BaseDelayMilliseconds"] = "50",
            ["Bot:Connector:MaxRetryDelaySeconds"] = "7",
            ["Bot:Connector:TimeoutSeconds"] = "9",
        });

        options.TrustedServiceUrls.Should().Equal("https://smba.trafficmanager.net/amer/");
        options.Connector.MaxRetries.Should().Be(5);
        options.Connector.BaseDelayMilliseconds.Should().Be(50);
        options.Connector.MaxRetryDelaySeconds.Should().Be(7);
        options.Connector.TimeoutSeconds.Should().Be(9);
    }

    [Theory]
    [InlineData("Bot:TrustedServiceUrls:0", "http://smba.trafficmanager.net/amer/", "Bot:TrustedServiceUrls:0")]
    [InlineData("Bot:TrustedServiceUrls:0", "smba.trafficmanager.net/amer", "Bot:TrustedServiceUrls:0")]
    [InlineData("Bot:Connector:MaxRetries", "11", "MaxRetries")]
    [InlineData("Bot:Connector:TimeoutSeconds", "0", "TimeoutSeconds")]
    public void Validate_BadSetting_RefusedNamingTheKey(string key, string value, string named)
    {
        var act = () => Resolve(new() { [key] = value });

        act.Should().Throw<OptionsValidationException>().Which.Message.Should().Contain(named);
    }

    [Fact]
    public void Validate_LoopbackHttpForLocalDevelopment_Accepted()
    {
        Resolve(new() { ["Bot:TrustedServiceUrls:0"] = "http://127.0.0.1:56000/" }).TrustedServiceUrls.Should().ContainSingle();
    }

    private static BotOptions Resolve(Dictionary<string, string?> settings)
    {
        var services = new ServiceCollection();
        services.AddSingleton<IConfiguration>(new ConfigurationBuilder().AddInMemoryCollection(settings).Build());
        services.AddLogging();
        services.AddBotConnector();
        using var provider = services.BuildServiceProvider();
        return provider.GetRequiredService<IOptions<BotOptions>>().Value;
    }

    [Theory]
    [InlineData("Production")]
    [InlineData("Staging")]
    public async Task Start_NoAllowedTenantsOutsideDevelopment_RefusesNamingTheSetting(string environment)
    {
        var start = () => StartHostAsync(environment, new());

        (await start.Should().ThrowAsync<OptionsValidationException>()).Which.Message.Should().Contain("Bot:AllowedTenantIds");
    }

    [Fact]
    public async Task Start_AllowedTenantInProduction_Starts()
    {
        using var host = await StartHostAsync("Production", new() { ["Bot:AllowedTenantIds:0"] = "72f988bf-86f1-41af-91ab-2d7cd011db47" });

        host.Services.GetRequiredService<IOptions<BotOptions>>().Value.AllowedTenantIds.Should().ContainSingle();
    }

    [Fact]
    public async Task Start_NoAllowedTenantsInDevelopment_Starts()
    {
        using var host = await StartHostAsync("Development", new());

        host.Services.GetRequiredService<IOptions<BotOptions>>().Value.AllowedTenantIds.Should().BeEmpty();
    }

    private static async Task<IHost> StartHostAsync(string environment, Dictionary<string, string?> settings)
    {
        var builder = Host.CreateEmptyApplicationBuilder(new HostApplicationBuilderSettings { EnvironmentName = environment });
        builder.Configuration.AddInMemoryCollection(settings);
        builder.Services.AddLogging();
        builder.Services.AddBotConnector();
        var host = builder.Build();
        await host.StartAsync();
        return host;
    }
}

using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;
using SecurityBot.Platform.Directory;
using SecurityBot.Platform.Routing;
using SecurityBot.Platform;

namespace SecurityBot.UnitTests.Directory;

public sealed class DirectoryRegistrationTests
{
    private static async Task<IHost> StartAsync(IDictionary<string, string?>? overrides = null, string environment = "Development")
    {
        var builder = Host.CreateEmptyApplicationBuilder(new HostApplicationBuilderSettings { EnvironmentName = environment });
        builder.Configuration.AddJsonFile(Path.Combine(AppContext.BaseDirectory, "appsettings.json"));
        builder.Configuration.AddInMemoryCollection(overrides ?? new Dictionary<string, string?>());
        builder.Services.AddLogging();
        builder.AddDirectory();
        var host = builder.Build();
        await host.StartAsync();
        return host;
    }

    [Fact]
    public async Task AddDirectory_ShippedConfiguration_RoutesOnTheDemoOrganisationWithNoTenant()
    {
        using var host = await StartAsync();

        var decision = await host.Services.GetRequiredService<IRecipientRouter>()
            .RouteIncidentAsync(new IncidentRoutingRequest(DemoOrganisation.PlaygroundUser, IncidentSeverity.High, null));

        decision.Recipients.Select(r => r.User.Id).Should().Contain(DemoOrganisation.EngineeringManager);
        (await host.Services.GetRequiredService<ITeamsAppInstaller>().EnsureInstalledAndGetChatIdAsync(DemoOrganisation.Cso, CancellationToken.None))
            .Should().BeNull();
    }

    [Fact]
    public async Task AddDirectory_RolesMissing_FailsAtStartNamingTheKey()
    {
        var start = () => StartAsync(new Dictionary<string, string?> { ["Roles:SecurityTeamGroupId"] = "" });

        (await start.Should().ThrowAsync<OptionsValidationException>()).Which.Message.Should().Contain("SecurityTeamGroupId");
    }

    [Fact]
    public async Task AddDirectory_GraphProviderWithBotRegistrationButNoTenant_FailsAtStartNamingTheKey()
    {
        var start = () => StartAsync(new Dictionary<string, string?>
        {
            ["Directory:Provider"] = "Graph",
            ["MicrosoftAppId"] = "5b2e6c2a-0c7a-4a0b-8d0e-3f1e2d4c6a88",
            ["MicrosoftAppPassword"] = "secret",
        });

        (await start.Should().ThrowAsync<OptionsValidationException>()).Which.Message.Should().Contain("Directory:Graph:TenantId");
    }

    [Fact]
    public async Task AddDirectory_GraphBaseUrlOverPlainHttpToARemoteHost_IsRefused()
    {
        var start = () => StartAsync(new Dictionary<string, string?>
        {
            ["Directory:Provider"] = "Graph",
            ["Directory:Graph:BaseUrl"] = "http://graph.example.net/v1.0",
            ["Directory:Graph:Credential"] = "ManagedIdentity",
        });

        (await start.Should().ThrowAsync<OptionsValidationException>()).Which.Message.Should().Contain("Directory:Graph:BaseUrl");
    }

    [Theory]
    [InlineData("Production")]
    [InlineData("Staging")]
    public async Task AddDirectory_DemoOrganisationOutsideDevelopment_FailsAtStartNamingTheSettings(string environment)
    {
        // The refusal may surface more than once (start-up validation and the directory's own load): each names the settings.
        var failure = await Record.ExceptionAsync(() => StartAsync(environment: environment));

        failure.Should().NotBeNull();
        failure!.ToString().Should().Contain("OptionsValidationException").And.Contain("Directory:Provider").And.Contain("Directory:LocalFile");
    }

    [Fact]
    public async Task AddDirectory_OwnLocalFileInProduction_Starts()
    {
        var own = Path.Combine(Path.GetTempPath(), $"securitybot-own-directory-{Guid.NewGuid():N}.json");
        File.Copy(Path.Combine(AppContext.BaseDirectory, "directory", "demo-organisation.json"), own);
        try
        {
            using var host = await StartAsync(new Dictionary<string, string?> { ["Directory:LocalFile"] = own }, environment: "Production");

            host.Services.GetRequiredService<IDirectory>().Should().NotBeNull();
        }
        finally
        {
            File.Delete(own);
        }
    }
}

using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using SecurityBot.BotFramework.Authentication;

namespace SecurityBot.FunctionalTests.Authentication;

/// <summary>The shipped app (root appsettings.json: MicrosoftAppId and Bot:AllowedTenantIds empty, the demo directory) runs only in Development.</summary>
public sealed class StartupTests
{
    [Theory]
    [InlineData("Production")]
    [InlineData("Staging")]
    public async Task Start_ShippedSettingsOutsideDevelopment_RefusesNamingEachUnsafeSetting(string environment)
    {
        await using var factory = new SecurityBotFactory(environment: environment);

        // Several options sections fail at once (an AggregateException of OptionsValidationExceptions): each is named.
        var failure = Record.Exception(() => factory.Services);

        failure.Should().NotBeNull();
        failure!.ToString().Should().Contain("OptionsValidationException")
            .And.Contain("MicrosoftAppId")
            .And.Contain("Bot:AllowedTenantIds")
            .And.Contain("Directory:LocalFile");
    }

    [Fact]
    public async Task Start_ShippedSettingsInDevelopment_RunsWithAuthenticationOff()
    {
        await using var factory = new SecurityBotFactory();

        factory.Services.GetRequiredService<IOptions<BotFrameworkOptions>>().Value.IsAuthenticationEnabled.Should().BeFalse();
    }
}

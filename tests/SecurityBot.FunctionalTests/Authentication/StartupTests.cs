using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using SecurityBot.BotFramework.Authentication;

namespace SecurityBot.FunctionalTests.Authentication;

/// <summary>The shipped app (root appsettings.json: MicrosoftAppId empty) runs unauthenticated only in Development.</summary>
public sealed class StartupTests
{
    [Theory]
    [InlineData("Production")]
    [InlineData("Staging")]
    public async Task Start_ShippedSettingsOutsideDevelopment_RefusesNamingMicrosoftAppId(string environment)
    {
        await using var factory = new SecurityBotFactory(environment: environment);

        var start = () => factory.Services;

        start.Should().Throw<OptionsValidationException>().Which.Message.Should().Contain("MicrosoftAppId");
    }

    [Fact]
    public async Task Start_ShippedSettingsInDevelopment_RunsWithAuthenticationOff()
    {
        await using var factory = new SecurityBotFactory();

        factory.Services.GetRequiredService<IOptions<BotFrameworkOptions>>().Value.IsAuthenticationEnabled.Should().BeFalse();
    }
}

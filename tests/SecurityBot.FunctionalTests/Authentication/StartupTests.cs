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

        var refusal = Record.Exception(() => factory.Services);

        // Other settings (e.g. Audit:Key) are refused at the same time; the host reports them all together.
        refusal.Should().NotBeNull();
        Messages(refusal).Should().Contain(m => m.Contains("MicrosoftAppId", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Start_ProductionWithoutAuditKey_RefusesNamingAuditKey()
    {
        await using var factory = new SecurityBotFactory(new Dictionary<string, string?> { ["MicrosoftAppId"] = "00000000-0000-0000-0000-000000000001" },
            environment: "Production");

        var refusal = Record.Exception(() => factory.Services);

        // Other settings may be refused at the same time (the host then reports them all together).
        refusal.Should().NotBeNull();
        Messages(refusal).Should().Contain(m => m.Contains("Audit:Key", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Start_ProductionWithAuditKey_AuditKeyNotRefused()
    {
        await using var factory = new SecurityBotFactory(new Dictionary<string, string?>
        {
            ["MicrosoftAppId"] = "00000000-0000-0000-0000-000000000001",
            ["Audit:KeyId"] = "2026-12",
            ["Audit:Key"] = Convert.ToBase64String(Enumerable.Range(0, 32).Select(i => (byte)(i * 5 + 1)).ToArray()),
        }, environment: "Production");

        try
        {
            _ = factory.Services;
        }
        catch (Exception ex) when (ex is OptionsValidationException or AggregateException)
        {
            // Settings other items require outside Development may still be refused; the audit key must not be.
            Messages(ex).Should().NotContain(m => m.Contains("Audit:", StringComparison.Ordinal));
        }
    }

    private static IEnumerable<string> Messages(Exception exception) =>
        exception is AggregateException aggregate
            ? aggregate.InnerExceptions.SelectMany(Messages)
            : exception.InnerException is { } inner ? [exception.Message, .. Messages(inner)] : [exception.Message];

    [Fact]
    public async Task Start_ShippedSettingsInDevelopment_RunsWithAuthenticationOff()
    {
        await using var factory = new SecurityBotFactory();

        factory.Services.GetRequiredService<IOptions<BotFrameworkOptions>>().Value.IsAuthenticationEnabled.Should().BeFalse();
    }
}

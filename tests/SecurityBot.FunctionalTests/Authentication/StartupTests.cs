using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using SecurityBot.BotFramework.Authentication;

namespace SecurityBot.FunctionalTests.Authentication;

/// <summary>
/// The shipped app (root appsettings.json: MicrosoftAppId and Bot:AllowedTenantIds empty, the demo directory) runs only
/// in Development. Start-up settings checks, on SQLite only: which database is configured plays no part in them.
/// </summary>
public sealed class StartupTests
{
    private static readonly string AuditKey = Convert.ToBase64String(Enumerable.Range(0, 32).Select(i => (byte)(i * 5 + 1)).ToArray());

    [Theory]
    [InlineData("Production", "MicrosoftAppId")]
    [InlineData("Staging", "MicrosoftAppId")]
    [InlineData("Production", "Bot:AllowedTenantIds")]
    [InlineData("Staging", "Bot:AllowedTenantIds")]
    [InlineData("Production", "Directory:LocalFile")]
    [InlineData("Staging", "Directory:LocalFile")]
    [InlineData("Production", "Audit:Key")]
    [InlineData("Staging", "Audit:Key")]
    public async Task Start_OneUnsafeShippedSettingOutsideDevelopment_RefusesNamingIt(string environment, string unsafeSetting)
    {
        var ownDirectory = OwnDirectoryFile();
        try
        {
            // Every other setting is made safe, so the refusal can only come from the one left as shipped.
            var settings = new Dictionary<string, string?>
            {
                ["MicrosoftAppId"] = "3b9f6c2e-1d4a-4e8b-9c7d-0a1b2c3d4e5f",
                ["MicrosoftAppPassword"] = "secret",
                ["Bot:AllowedTenantIds:0"] = TeamsActivities.DefaultTenantId,
                ["Directory:LocalFile"] = ownDirectory,
                ["Audit:KeyId"] = "2026-12",
                ["Audit:Key"] = AuditKey,
            };
            settings.Remove(unsafeSetting == "Bot:AllowedTenantIds" ? "Bot:AllowedTenantIds:0" : unsafeSetting);
            if (unsafeSetting == "MicrosoftAppId")
            {
                settings.Remove("MicrosoftAppPassword");
            }

            var failure = await Record.ExceptionAsync(async () =>
            {
                await using var bot = await BotHarness.StartAsync(settings: settings, environment: environment);
            });

            failure.Should().NotBeNull();
            Messages(failure!).Should().Contain(message => message.Contains(unsafeSetting, StringComparison.Ordinal), "the host refused with {0}", failure);
        }
        finally
        {
            File.Delete(ownDirectory);
        }
    }

    [Fact]
    public async Task Start_SafeSettingsInProduction_Starts()
    {
        var ownDirectory = OwnDirectoryFile();
        try
        {
            await using var bot = await BotHarness.StartAsync(
                settings: new Dictionary<string, string?>
                {
                    ["MicrosoftAppId"] = "3b9f6c2e-1d4a-4e8b-9c7d-0a1b2c3d4e5f",
                    ["MicrosoftAppPassword"] = "secret",
                    ["Bot:AllowedTenantIds:0"] = TeamsActivities.DefaultTenantId,
                    ["Directory:LocalFile"] = ownDirectory,
                    ["Audit:KeyId"] = "2026-12",
                    ["Audit:Key"] = AuditKey,
                },
                environment: "Production");

            bot.Services.GetRequiredService<IOptions<BotFrameworkOptions>>().Value.IsAuthenticationEnabled.Should().BeTrue();
        }
        finally
        {
            File.Delete(ownDirectory);
        }
    }

    /// <summary>An organisation's own directory file (here: a copy of the demo under another name).</summary>
    private static string OwnDirectoryFile()
    {
        var path = Path.Combine(Path.GetTempPath(), $"securitybot-own-directory-{Guid.NewGuid():N}.json");
        File.Copy(Path.Combine(AppContext.BaseDirectory, "directory", "demo-organisation.json"), path);
        return path;
    }

    private static IEnumerable<string> Messages(Exception exception) =>
        exception is AggregateException aggregate
            ? aggregate.InnerExceptions.SelectMany(Messages)
            : exception.InnerException is { } inner ? [exception.Message, .. Messages(inner)] : [exception.Message];

    [Fact]
    public async Task Start_ShippedSettingsInDevelopment_RunsWithAuthenticationOff()
    {
        await using var bot = await BotHarness.StartAsync();

        bot.Services.GetRequiredService<IOptions<BotFrameworkOptions>>().Value.IsAuthenticationEnabled.Should().BeFalse();
    }
}

using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using SecurityBot.BotFramework;
using SecurityBot.BotFramework.Authentication;
using SecurityBot.Testing.Auth;

namespace SecurityBot.IntegrationTests.Authentication;

/// <summary>
/// The real registration (AddBotAuthentication) wired to a <see cref="FakeTokenIssuer"/>: only the named clients'
/// primary handlers change (to trust the issuer's throwaway certificate), and the clock is the test's.
/// </summary>
internal static class AuthenticationHarness
{
    public const string AppId = "9f3c1e52-7a4b-4c1d-9a2e-5b6c7d8e9f01";
    public const string ServiceUrl = "https://smba.trafficmanager.net/amer/";
    public const string ChannelId = "msteams";

    public static IHost Build(
        FakeTokenIssuer issuer,
        TimeProvider clock,
        IDictionary<string, string?>? overrides = null,
        string environment = "Production",
        ILoggerProvider? logs = null)
    {
        var builder = Host.CreateEmptyApplicationBuilder(new HostApplicationBuilderSettings { EnvironmentName = environment });
        var settings = new Dictionary<string, string?>
        {
            ["MicrosoftAppType"] = "MultiTenant",
            ["MicrosoftAppId"] = AppId,
            ["MicrosoftAppPassword"] = issuer.ClientSecret,
            ["BotOpenIdMetadata"] = issuer.OpenIdMetadataUrl,
            ["ToChannelFromBotLoginUrl"] = issuer.LoginUrl,
            ["ToChannelFromBotOAuthScope"] = "https://api.botframework.com",
            ["ValidateAuthority"] = "false",
        };
        foreach (var (key, value) in overrides ?? new Dictionary<string, string?>())
        {
            settings[key] = value;
        }

        builder.Configuration.AddInMemoryCollection(settings);
        builder.Services.AddLogging(logging =>
        {
            if (logs is not null)
            {
                logging.SetMinimumLevel(LogLevel.Trace).AddProvider(logs);
            }
        });
        builder.Services.AddBotAuthentication();
        builder.Services.AddSingleton(clock);
        builder.Services.AddHttpClient(AuthenticationConstants.OpenIdMetadataHttpClient).ConfigurePrimaryHttpMessageHandler(issuer.CreateTrustingHandler);
        builder.Services.AddHttpClient(AuthenticationConstants.TokenHttpClient).ConfigurePrimaryHttpMessageHandler(issuer.CreateTrustingHandler);
        return builder.Build();
    }
}

using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Hosting.Internal;
using Microsoft.Extensions.Logging;
using SecurityBot.BotFramework;

namespace SecurityBot.IntegrationTests.Connector;

/// <summary>
/// The real AddBotConnector registration on in-memory settings, with the real MSAL token provider asking the local
/// issuer when <see cref="OutboundTokens"/> are given (their settings first, the test's after); only the clock and the
/// token client's certificate trust are swapped. The environment is Development unless given (serviceUrls from
/// authenticated activities are learned only there).
/// </summary>
internal static class ConnectorServices
{
    public static ServiceProvider Create(IDictionary<string, string?> settings, OutboundTokens? tokens = null, TimeProvider? time = null, ILoggerProvider? logs = null, string environment = "Development")
    {
        var all = new Dictionary<string, string?>(tokens?.Settings ?? new Dictionary<string, string?>());
        foreach (var (key, value) in settings)
        {
            all[key] = value;
        }

        var services = new ServiceCollection();
        services.AddSingleton<IHostEnvironment>(new HostingEnvironment { EnvironmentName = environment, ContentRootPath = Path.GetTempPath() });
        services.AddSingleton<IConfiguration>(new ConfigurationBuilder().AddInMemoryCollection(all).Build());
        services.AddLogging(logging =>
        {
            if (logs is not null)
            {
                logging.SetMinimumLevel(LogLevel.Trace).AddProvider(logs);
            }
        });
        if (time is not null)
        {
            services.AddSingleton(time);
        }

        if (tokens is not null)
        {
            tokens.AddBotFrameworkClient(services);
        }
        else
        {
            services.AddBotConnector();
        }

        return services.BuildServiceProvider(new ServiceProviderOptions { ValidateScopes = true, ValidateOnBuild = true });
    }
}

using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Hosting.Internal;
using Microsoft.Extensions.Logging;
using SecurityBot.BotFramework;
using SecurityBot.BotFramework.Authentication;

namespace SecurityBot.IntegrationTests.Connector;

/// <summary>
/// The real AddBotConnector registration on in-memory settings; only the token provider and clock are swapped. The
/// environment is Development unless given (serviceUrls from authenticated activities are learned only there).
/// </summary>
internal static class ConnectorServices
{
    public static ServiceProvider Create(IDictionary<string, string?> settings, IAccessTokenProvider? tokens = null, TimeProvider? time = null, ILoggerProvider? logs = null, string environment = "Development")
    {
        var services = new ServiceCollection();
        services.AddSingleton<IHostEnvironment>(new HostingEnvironment { EnvironmentName = environment, ContentRootPath = Path.GetTempPath() });
        services.AddSingleton<IConfiguration>(new ConfigurationBuilder().AddInMemoryCollection(settings).Build());
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
            services.AddSingleton(tokens);
        }

        services.AddBotConnector();
        return services.BuildServiceProvider(new ServiceProviderOptions { ValidateScopes = true, ValidateOnBuild = true });
    }
}

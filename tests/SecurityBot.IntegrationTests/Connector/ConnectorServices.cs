using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using SecurityBot.BotFramework;
using SecurityBot.BotFramework.Authentication;

namespace SecurityBot.IntegrationTests.Connector;

/// <summary>The real AddBotConnector registration on in-memory settings; only the token provider and clock are swapped.</summary>
internal static class ConnectorServices
{
    public static ServiceProvider Create(IDictionary<string, string?> settings, IAccessTokenProvider? tokens = null, TimeProvider? time = null, ILoggerProvider? logs = null)
    {
        var services = new ServiceCollection();
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

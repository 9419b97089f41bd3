using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using SecurityBot.BotFramework;
using SecurityBot.BotFramework.Authentication;

namespace SecurityBot.IntegrationTests.Connector;

/// <summary>The real AddBotConnector registration on in-memory settings; only the token provider and clock are swapped.</summary>
internal static class ConnectorServices
{
    public static ServiceProvider Create(IDictionary<string, string?> settings, IAccessTokenProvider? tokens = null, TimeProvider? time = null)
    {
        var services = new ServiceCollection();
        services.AddSingleton<IConfiguration>(new ConfigurationBuilder().AddInMemoryCollection(settings).Build());
        services.AddLogging();
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

using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;
using SecurityBot.BotFramework.Builder;

namespace SecurityBot.BotFramework;

/// <summary>Registration of the Bot Framework protocol layer.</summary>
public static class DependencyInjection
{
    /// <summary>Inbound authentication, outbound tokens, the connector client and the adapter.</summary>
    public static IHostApplicationBuilder AddBotFramework(this IHostApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.Services.AddBotAuthentication();
        builder.Services.AddBotConnector();
        builder.Services.AddBotAdapter();
        return builder;
    }

    /// <summary>The adapter behind POST /api/messages; middleware is every registered <see cref="IMiddleware"/>, in registration order.</summary>
    public static IServiceCollection AddBotAdapter(this IServiceCollection services)
    {
        services.TryAddSingleton<IBotFrameworkHttpAdapter, CloudAdapter>();
        return services;
    }

    /// <summary>BotFrameworkOptions (root keys), its start-up validation, the inbound token validator and the outbound token provider.</summary>
    public static IServiceCollection AddBotAuthentication(this IServiceCollection services)
    {
        // Filled in by the authentication work.
        return services;
    }

    /// <summary>Bot options (section Bot), the connector client with retries, and service URL trust.</summary>
    public static IServiceCollection AddBotConnector(this IServiceCollection services)
    {
        // Filled in by the connector work.
        return services;
    }
}

using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;
using SecurityBot.BotFramework.Authentication;
using SecurityBot.BotFramework.Builder;
using SecurityBot.BotFramework.Connector;

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
        ArgumentNullException.ThrowIfNull(services);
        services.AddOptions<BotFrameworkOptions>()
            .BindConfiguration(BotFrameworkOptions.SectionName)
            .ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<BotFrameworkOptions>, BotFrameworkOptionsValidator>());
        services.TryAddSingleton(TimeProvider.System);

        // Both clients keep the platform's certificate validation (custom CAs come from SSL_CERT_FILE, never a bypass).
        services.AddHttpClient(AuthenticationConstants.OpenIdMetadataHttpClient, client => client.Timeout = TimeSpan.FromSeconds(10));
        services.AddHttpClient(AuthenticationConstants.TokenHttpClient, client => client.Timeout = TimeSpan.FromSeconds(30));

        services.TryAddSingleton<OpenIdMetadataProvider>();
        services.TryAddSingleton<IChannelTokenValidator, ChannelTokenValidator>();
        services.TryAddSingleton<MsalAccessTokenProvider>();
        services.TryAddSingleton<IAccessTokenProvider>(sp => sp.GetRequiredService<MsalAccessTokenProvider>());
        return services;
    }

    /// <summary>Bot options (section Bot), the connector client with retries, and service URL trust.</summary>
    public static IServiceCollection AddBotConnector(this IServiceCollection services)
    {
        ArgumentNullException.ThrowIfNull(services);
        if (services.Any(d => d.ServiceType == typeof(ConnectorRetryHandler)))
        {
            // Registering twice would stack a second retry handler on the client (retries squared).
            return services;
        }

        services.AddOptions<BotOptions>().BindConfiguration(BotOptions.SectionName).ValidateDataAnnotations().ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<BotOptions>, BotOptionsValidator>());
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<IServiceUrlTrust, ServiceUrlTrust>();
        // The MSAL provider comes from AddBotAuthentication; this fail-closed stand-in only fills the gap without it.
        services.TryAddSingleton<IAccessTokenProvider, UnconfiguredAccessTokenProvider>();
        services.AddTransient<ConnectorRetryHandler>();
        services.AddHttpClient<IConnectorClient, ConnectorClient>(ConnectorClient.HttpClientName, ConfigureConnectorHttpClient)
            .AddHttpMessageHandler<ConnectorRetryHandler>()
            // ConnectorClient and the retry handler log what an operator needs (refusals, retries, failures) without
            // headers; the factory's per-request logging handlers would add a log scope to every reply.
            .RemoveAllLoggers();
        return services;
    }

    private static void ConfigureConnectorHttpClient(HttpClient client)
    {
        // Each attempt is bounded by Bot:Connector:TimeoutSeconds inside the retry handler; a client-wide timeout
        // would cut the retries short instead.
        client.Timeout = Timeout.InfiniteTimeSpan;
        client.MaxResponseContentBufferSize = 4 * 1024 * 1024;
    }
}

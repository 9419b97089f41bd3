using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace SecurityBot.Integrations;

/// <summary>The SIEM and ticketing bridge: everything it needs, registered by one call.</summary>
public static class IntegrationsModule
{
    /// <summary>
    /// Signed outbound webhooks (Integrations:Webhooks:* options, validated at start): every incident change and every
    /// final risk decision or expiry is queued as a durable delivery in the change's own unit of work (through
    /// IIncidentObserver and IRiskObserver, without a project reference), and a background dispatcher sends them in
    /// order per endpoint and subject, with retries and a dead-letter. And the inbound alert API (Integrations:Alerts:*;
    /// mapped by MapIntegrations) that raises incidents through IIncidentIntake. Needs the platform (AddPersistence).
    /// </summary>
    public static IHostApplicationBuilder AddIntegrations(this IHostApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.Services.AddIntegrations();
        return builder;
    }

    /// <inheritdoc cref="AddIntegrations(IHostApplicationBuilder)"/>
    public static IServiceCollection AddIntegrations(this IServiceCollection services)
    {
        services.AddOptions<WebhookOptions>().BindConfiguration(WebhookOptions.SectionName).ValidateDataAnnotations().ValidateOnStart();
        services.AddOptions<AlertOptions>().BindConfiguration(AlertOptions.SectionName).ValidateDataAnnotations().ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<WebhookOptions>, WebhookOptionsValidator>());
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<AlertOptions>, AlertOptionsValidator>());
        services.AddPersistenceModel<WebhookDelivery>();
        services.TryAddSingleton(TimeProvider.System);

        // Webhooks: no redirects (a signed event goes only where configuration says), timeouts per endpoint.
        services.AddHttpClient(WebhookSender.HttpClientName, client => client.Timeout = Timeout.InfiniteTimeSpan)
            .ConfigurePrimaryHttpMessageHandler(() => new SocketsHttpHandler { AllowAutoRedirect = false, PooledConnectionLifetime = TimeSpan.FromMinutes(5) })
            .RemoveAllLoggers();
        services.TryAddScoped<WebhookQueue>();
        services.TryAddSingleton<WebhookSender>();
        services.TryAddScoped<WebhookDeliveryWorker>();
        services.AddScoped<IIncidentObserver, WebhookIncidentObserver>();
        services.AddScoped<IRiskObserver, WebhookRiskObserver>();
        services.TryAddSingleton<WebhookDispatcher>();
        services.AddHostedService(sp => sp.GetRequiredService<WebhookDispatcher>());

        // Alerts.
        services.AddHttpClient(EntraTokenValidator.HttpClientName, client => client.Timeout = TimeSpan.FromSeconds(30));
        services.TryAddSingleton<EntraTokenValidator>();
        services.TryAddSingleton<AlertAuthenticator>();
        services.TryAddScoped<AlertEndpoint>();
        return services;
    }
}

using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;
using SecurityBot.Platform;
using SecurityBot.Platform.Chat;
using SecurityBot.Metrics.Charts;

namespace SecurityBot.Metrics;

/// <summary>The security metrics capability: everything it needs, registered by one call.</summary>
public static class MetricsModule
{
    /// <summary>
    /// The figures (one query service over the other capabilities' fact contracts), the Teams side of the metrics,
    /// and the scheduled digest (Metrics:Digest:* options, validated at start; the durable timer "metrics.digest",
    /// ensured at start). Needs the platform (AddPersistence, AddDirectory).
    /// </summary>
    public static IHostApplicationBuilder AddSecurityMetrics(this IHostApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.Services.AddSecurityMetrics();
        return builder;
    }

    /// <inheritdoc cref="AddSecurityMetrics(IHostApplicationBuilder)"/>
    public static IServiceCollection AddSecurityMetrics(this IServiceCollection services)
    {
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddScoped<MetricsQueryService>();
        services.TryAddScoped<MetricsAccess>();
        services.AddChatCommand<MetricsCommand>();
        services.AddOptions<DigestOptions>().BindConfiguration(DigestOptions.SectionName).ValidateDataAnnotations().ValidateOnStart();
        services.TryAddScoped<DigestTimerKeeper>();
        services.AddTimerHandler<DigestTimerHandler>();
        services.AddHostedService<DigestStartup>();

        // Charts and the board export, served through expiring signed links (GET /api/metrics/files/{token}, mapped by MapMetrics).
        services.AddOptions<MetricsLinkOptions>().BindConfiguration(MetricsLinkOptions.SectionName).ValidateDataAnnotations().ValidateOnStart();
        services.TryAddSingleton<LinkSigner>();
        services.TryAddSingleton<SignedFileStore>();
        services.TryAddSingleton<MetricsChartImages>();
        services.TryAddSingleton<IMetricsExport, MetricsExport>();
        return services;
    }
}

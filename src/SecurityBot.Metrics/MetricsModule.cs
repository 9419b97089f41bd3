using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;
using SecurityBot.Metrics.Charts;

namespace SecurityBot.Metrics;

/// <summary>The security metrics capability: everything it needs, registered by one call.</summary>
public static class MetricsModule
{
    /// <summary>
    /// The figures (one query service over the other capabilities' fact contracts) and the Teams side of the
    /// metrics.
    /// </summary>
    public static IHostApplicationBuilder AddMetrics(this IHostApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.Services.AddMetrics();
        return builder;
    }

    /// <inheritdoc cref="AddMetrics(IHostApplicationBuilder)"/>
    public static IServiceCollection AddMetrics(this IServiceCollection services)
    {
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddScoped<MetricsQueryService>();

        // Charts and the board export, served through expiring signed links (GET /api/metrics/files/{token}, mapped by MapMetrics).
        services.AddOptions<MetricsLinkOptions>().BindConfiguration(MetricsLinkOptions.SectionName).ValidateDataAnnotations().ValidateOnStart();
        services.TryAddSingleton<LinkSigner>();
        services.TryAddSingleton<SignedFileStore>();
        services.TryAddSingleton<MetricsChartImages>();
        services.TryAddSingleton<IMetricsExport, MetricsExport>();
        return services;
    }
}

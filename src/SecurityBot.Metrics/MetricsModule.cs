using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;
using SecurityBot.Platform.Chat;

namespace SecurityBot.Metrics;

/// <summary>The security metrics capability: everything it needs, registered by one call.</summary>
public static class MetricsModule
{
    /// <summary>
    /// The figures (one query service over the other capabilities' fact contracts) and the Teams side of the
    /// metrics.
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
        return services;
    }
}

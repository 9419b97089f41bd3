using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using SecurityBot.Health;
using SecurityBot.Platform.Health;

namespace SecurityBot;

/// <summary>What the host itself adds: logs and health endpoints. Everything else comes from the platform and the capabilities.</summary>
public static class DependencyInjection
{
    /// <summary>
    /// Health and logs: /healthz (the process is up) and /readyz (the checks tagged ready: the database here, each
    /// capability its own); JSON console logs outside Development so a log pipeline gets structured fields, readable
    /// text when developing.
    /// </summary>
    public static IHostApplicationBuilder AddHostDefaults(this IHostApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        if (!builder.Environment.IsDevelopment())
        {
            builder.Logging.AddJsonConsole(o => o.UseUtcTimestamp = true);
        }

        builder.Services.AddHealthChecks().AddCheck<DatabaseHealthCheck>("database", tags: [HealthTags.Ready]);
        return builder;
    }

    /// <summary>Maps /healthz (liveness: no checks) and /readyz (readiness: the checks tagged ready).</summary>
    public static WebApplication MapHealth(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        app.MapHealthChecks("/healthz", new HealthCheckOptions { Predicate = _ => false });
        app.MapHealthChecks("/readyz", new HealthCheckOptions { Predicate = c => c.Tags.Contains(HealthTags.Ready) });
        return app;
    }
}

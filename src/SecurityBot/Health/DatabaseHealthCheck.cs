using Microsoft.Extensions.Diagnostics.HealthChecks;
using SecurityBot.Platform.Persistence;

namespace SecurityBot.Health;

/// <summary>Ready only when the database answers: without it no report, decision or notification can be kept.</summary>
public sealed class DatabaseHealthCheck(SecurityBotDbContext db) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default) =>
        await db.Database.CanConnectAsync(cancellationToken)
            ? HealthCheckResult.Healthy("The database answers.")
            : HealthCheckResult.Unhealthy("The database does not answer.");
}

using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace SecurityBot.Policies.Library;

/// <summary>Degraded when no policy loaded (wrong Policies:Folder) or some files were skipped: the bot still works.</summary>
internal sealed class PolicyLibraryHealthCheck(IPolicyLibrary library) : IHealthCheck
{
    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        var count = library.Policies.Count;
        var skipped = library.LoadReport.Errors.Count;
        var result = count == 0
            ? HealthCheckResult.Degraded("No policy is loaded; check Policies:Folder.")
            : skipped > 0
                ? HealthCheckResult.Degraded($"{count} policies loaded, {skipped} files skipped (type 'policy status' in Teams for the reasons).")
                : HealthCheckResult.Healthy($"{count} policies loaded.");
        return Task.FromResult(result);
    }
}

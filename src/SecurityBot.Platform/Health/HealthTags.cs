namespace SecurityBot.Platform.Health;

/// <summary>Tags of the health checks: /readyz runs the checks tagged <see cref="Ready"/>.</summary>
public static class HealthTags
{
    /// <summary>A check that must pass before the instance takes traffic (database answers, policies loaded).</summary>
    public const string Ready = "ready";
}

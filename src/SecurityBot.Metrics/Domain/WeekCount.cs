using SecurityBot.Platform.Routing;

namespace SecurityBot.Metrics.Domain;

/// <summary>Incidents first reported in the week starting <paramref name="WeekStart"/> (local Monday), per severity.</summary>
internal sealed record WeekCount(DateOnly WeekStart, IReadOnlyDictionary<IncidentSeverity, int> BySeverity)
{
    public int Total => BySeverity.Values.Sum();
}

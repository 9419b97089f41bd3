namespace SecurityBot.Platform.Routing;

/// <summary>How bad an incident is, in increasing order; routing thresholds compare against it.</summary>
public enum IncidentSeverity
{
    Low = 0,
    Medium = 1,
    High = 2,
    Critical = 3,
}

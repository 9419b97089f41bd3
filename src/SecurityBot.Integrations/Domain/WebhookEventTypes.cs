namespace SecurityBot.Integrations.Domain;

/// <summary>The event types of the webhook envelope ("type"): a stable contract with receivers.</summary>
internal static class WebhookEventTypes
{
    public const string IncidentCreated = "incident.created";
    public const string IncidentUpdated = "incident.updated";
    public const string IncidentEscalated = "incident.escalated";
    public const string IncidentResolved = "incident.resolved";
    public const string RiskDecided = "risk.decided";
    public const string RiskExpired = "risk.expired";

    public static IReadOnlyList<string> All { get; } =
        [IncidentCreated, IncidentUpdated, IncidentEscalated, IncidentResolved, RiskDecided, RiskExpired];

    /// <summary>Whether a filter entry ("incident.created", "incident.*" or "*") selects <paramref name="type"/>.</summary>
    public static bool Matches(string filter, string type) =>
        filter == "*"
        || string.Equals(filter, type, StringComparison.OrdinalIgnoreCase)
        || (filter.EndsWith(".*", StringComparison.Ordinal) && type.StartsWith(filter[..^1], StringComparison.OrdinalIgnoreCase));

    /// <summary>Whether a filter entry names at least one known type (a typo would silently send nothing).</summary>
    public static bool IsKnownFilter(string filter) => All.Any(t => Matches(filter, t));

    public static string Of(IncidentChangeKind kind) => kind switch
    {
        IncidentChangeKind.Reported => IncidentCreated,
        IncidentChangeKind.Escalated => IncidentEscalated,
        IncidentChangeKind.Resolved or IncidentChangeKind.Dismissed => IncidentResolved,
        _ => IncidentUpdated,
    };

    public static string Of(RiskChangeKind kind) => kind == RiskChangeKind.Expired ? RiskExpired : RiskDecided;
}

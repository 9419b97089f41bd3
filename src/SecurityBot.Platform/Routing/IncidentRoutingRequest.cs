namespace SecurityBot.Platform.Routing;

/// <summary>A newly reported incident to route.</summary>
/// <param name="ReporterId">Object id of the person who reported it (from the authenticated activity); null when no person reported it (a SIEM alert): nobody's manager is told then.</param>
/// <param name="Severity">Severity as triaged.</param>
/// <param name="Category">Category key, e.g. "phishing" or "data-breach"; compared case-insensitively.</param>
public sealed record IncidentRoutingRequest(string? ReporterId, IncidentSeverity Severity, string? Category);

using SecurityBot.Platform.Routing;

namespace SecurityBot.Incidents.Domain;

/// <summary>A computed severity and the rules that produced it, in order (shown on the triage card).</summary>
internal sealed record SeverityAssessment(IncidentSeverity Severity, IReadOnlyList<string> Reasons);

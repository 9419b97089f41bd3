using SecurityBot.Platform.Routing;

namespace SecurityBot.Metrics.Domain;

/// <summary>The incident figures for a period (docs/metrics.md defines each).</summary>
/// <param name="Reported">Incidents first reported in the period, against the previous period.</param>
/// <param name="BySeverity">Incidents first reported, per severity, against the previous period (every severity, Critical first).</param>
/// <param name="ByCategory">Incidents first reported, per category, most first.</param>
/// <param name="Reports">Reports made (first and linked), against the previous period.</param>
/// <param name="Reporters">Distinct employees who reported.</param>
/// <param name="TopReporters">Reports per reporter (directory ids), most first, at most ten.</param>
/// <param name="Clusters">Incidents reported by more than one report in the period, by reach, at most five.</param>
/// <param name="Times">Acknowledge and close times against the SLA, per severity (Critical first).</param>
/// <param name="SlaBreaches">SLA breaches among incidents first reported, against the previous period.</param>
/// <param name="EscalationsByStep">Incidents first reported in the period that reached each escalation step.</param>
/// <param name="OpenByAge">Incidents open at the end of the period, by age.</param>
/// <param name="BreachingNow">Open, unacknowledged and past the SLA at the end of the period, oldest due first.</param>
internal sealed record IncidentFigures(
    Trend Reported,
    IReadOnlyList<(IncidentSeverity Severity, Trend Count)> BySeverity,
    IReadOnlyList<NamedCount> ByCategory,
    Trend Reports,
    int Reporters,
    IReadOnlyList<NamedCount> TopReporters,
    IReadOnlyList<NamedCount> Clusters,
    IReadOnlyList<SeverityTimes> Times,
    Trend SlaBreaches,
    IReadOnlyList<NamedCount> EscalationsByStep,
    IReadOnlyList<NamedCount> OpenByAge,
    IReadOnlyList<OpenItem> BreachingNow);

using SecurityBot.Platform.Routing;

namespace SecurityBot.Metrics.Domain;

/// <summary>
/// For one severity, over the incidents first reported in the period: time to acknowledge and to close, and the
/// acknowledgement SLA kept or broken (docs/metrics.md).
/// </summary>
/// <param name="Severity">The severity.</param>
/// <param name="Reported">Incidents of this severity first reported in the period.</param>
/// <param name="Acknowledge">First report → first acknowledgement (or assignment), for those acknowledged.</param>
/// <param name="Close">First report → resolved or dismissed, for those closed by the end of the period.</param>
/// <param name="WithinSla">Acknowledged by the SLA's due time.</param>
/// <param name="Breached">Acknowledged late, or not acknowledged and past the due time at the end of the period.</param>
internal sealed record SeverityTimes(IncidentSeverity Severity, int Reported, DurationSummary Acknowledge, DurationSummary Close, int WithinSla, int Breached);

namespace SecurityBot.Metrics.Domain;

/// <summary>The risk register's figures for a period (docs/metrics.md defines each).</summary>
/// <param name="OpenByBand">Open acceptances (pending or in force) per score band, Critical first.</param>
/// <param name="Decided">Decisions made in the period (approve, reject, request changes), against the previous period.</param>
/// <param name="DecisionTimeByStage">Median time from a stage's start to its decision, per stage, over decisions in the period.</param>
/// <param name="ExpiringSoon">Accepted and expiring within 30 days of the end of the period, soonest first.</param>
/// <param name="ExpiredInPeriod">Expired without renewal in the period, against the previous period.</param>
/// <param name="RemediationOverdue">Expired and still not remediated at the end of the period.</param>
/// <param name="HeatMap">Open acceptances per cell: [likelihood - 1, impact - 1].</param>
internal sealed record RiskFigures(
    IReadOnlyList<NamedCount> OpenByBand,
    Trend Decided,
    IReadOnlyList<(string Stage, DurationSummary Time)> DecisionTimeByStage,
    IReadOnlyList<OpenItem> ExpiringSoon,
    Trend ExpiredInPeriod,
    IReadOnlyList<OpenItem> RemediationOverdue,
    int[,] HeatMap);

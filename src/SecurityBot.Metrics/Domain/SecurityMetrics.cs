namespace SecurityBot.Metrics.Domain;

/// <summary>Every figure for one period, from one computation: what the card, the digest, the charts and the export all show.</summary>
/// <param name="Period">The period the figures cover.</param>
/// <param name="ComputedAt">When they were computed: the register's state (open, heat map) is as of then.</param>
/// <param name="Incidents">The incident figures.</param>
/// <param name="Risks">The risk register's figures.</param>
/// <param name="Policies">The policy library's figures.</param>
/// <param name="WeeklyIncidents">Incidents first reported per week (Monday-based, in the asker's time zone) and severity, for the trend chart: oldest week first.</param>
internal sealed record SecurityMetrics(
    MetricsPeriod Period,
    DateTimeOffset ComputedAt,
    IncidentFigures Incidents,
    RiskFigures Risks,
    PolicyFigures Policies,
    IReadOnlyList<WeekCount> WeeklyIncidents);

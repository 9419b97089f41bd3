namespace SecurityBot.Platform.Contracts;

/// <summary>
/// What the incidents capability tells the metrics, read-only and without a project reference between them. Without
/// it (no incidents capability), the metrics show no incident figures.
/// </summary>
public interface IIncidentFacts
{
    /// <summary>Every incident whose life overlaps [<paramref name="since"/>, <paramref name="until"/>): reported before <paramref name="until"/> and not closed before <paramref name="since"/>.</summary>
    Task<IReadOnlyList<IncidentFact>> OverlappingAsync(DateTimeOffset since, DateTimeOffset until, CancellationToken cancellationToken);

    /// <summary>Every report made in [<paramref name="since"/>, <paramref name="until"/>).</summary>
    Task<IReadOnlyList<IncidentReportFact>> ReportsAsync(DateTimeOffset since, DateTimeOffset until, CancellationToken cancellationToken);
}

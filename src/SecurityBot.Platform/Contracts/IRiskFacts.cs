namespace SecurityBot.Platform.Contracts;

/// <summary>
/// What the risk acceptances capability tells the metrics: the register, read-only. Without it, the metrics show
/// no risk figures.
/// </summary>
public interface IRiskFacts
{
    /// <summary>Every submitted risk acceptance (drafts excluded) with its decisions.</summary>
    Task<IReadOnlyList<RiskFact>> RegisterAsync(CancellationToken cancellationToken);
}

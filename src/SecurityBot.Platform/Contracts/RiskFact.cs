namespace SecurityBot.Platform.Contracts;

/// <summary>
/// One risk acceptance as the metrics see it: its score, status, the instants of its life and its decisions. The
/// risk acceptances capability provides these through <see cref="IRiskFacts"/>.
/// </summary>
/// <param name="Reference">"RA-000042".</param>
/// <param name="Title">The requester's title (user text: escape it where it is shown).</param>
/// <param name="Likelihood">1–5.</param>
/// <param name="Impact">1–5.</param>
/// <param name="Band">The capability's band of the score ("Low", "Medium", "High", "Critical").</param>
/// <param name="Status">Where it stands now.</param>
/// <param name="SubmittedAt">When the current round was submitted, if it was.</param>
/// <param name="ExpiresAt">When the acceptance ends (accepted ones).</param>
/// <param name="ClosedAt">When it was rejected, expired or remediated.</param>
/// <param name="Decisions">Every decision, oldest first.</param>
public sealed record RiskFact(
    string Reference,
    string Title,
    int Likelihood,
    int Impact,
    string Band,
    RiskRegisterStatus Status,
    DateTimeOffset? SubmittedAt,
    DateTimeOffset? ExpiresAt,
    DateTimeOffset? ClosedAt,
    IReadOnlyList<RiskDecisionFact> Decisions)
{
    /// <summary>Likelihood × impact, 1–25.</summary>
    public int Score => Likelihood * Impact;

    /// <summary>Still asks for attention: in force, or on its way to a decision.</summary>
    public bool IsOpen => Status is RiskRegisterStatus.Accepted or RiskRegisterStatus.PendingApproval or RiskRegisterStatus.ChangesRequested;
}

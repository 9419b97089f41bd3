namespace SecurityBot.Metrics.Domain;

/// <summary>What the digest leads with: the items someone has to decide on, as of the occurrence.</summary>
/// <param name="ExpiringRisks">Accepted risks expiring in the next 30 days, soonest first.</param>
/// <param name="OverdueReviews">Policies past their review date, most overdue first.</param>
/// <param name="BreachingIncidents">Open, unacknowledged incidents past their SLA, oldest due first.</param>
internal sealed record DigestDecisions(IReadOnlyList<OpenItem> ExpiringRisks, IReadOnlyList<OpenItem> OverdueReviews, IReadOnlyList<OpenItem> BreachingIncidents)
{
    public int Count => ExpiringRisks.Count + OverdueReviews.Count + BreachingIncidents.Count;

    /// <summary>Takes the decision lists from figures whose period ends at the moment of interest.</summary>
    public static DigestDecisions From(SecurityMetrics metrics)
    {
        ArgumentNullException.ThrowIfNull(metrics);
        return new DigestDecisions(metrics.Risks.ExpiringSoon, metrics.Policies.OverdueForReview, metrics.Incidents.BreachingNow);
    }
}

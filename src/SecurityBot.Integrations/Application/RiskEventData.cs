namespace SecurityBot.Integrations.Application;

/// <summary>"data" of a risk event: the acceptance after the decision or expiry (the title is the requester's words).</summary>
internal sealed record RiskEventData(
    string Reference,
    string Decision,
    string? ActorId,
    string Title,
    RiskRegisterStatus Status,
    int Likelihood,
    int Impact,
    int Score,
    string Band,
    string? PolicyId,
    string? PolicySection,
    string RequesterId,
    string RiskOwnerId,
    DateTimeOffset? AcceptedAt,
    DateTimeOffset? ExpiresAt,
    DateTimeOffset? ClosedAt,
    long Version)
{
    public static RiskEventData Of(RiskChange change)
    {
        ArgumentNullException.ThrowIfNull(change);
        var r = change.Risk;
        return new RiskEventData(r.Reference, WebhookJson.Name(change.Kind), change.ActorId, r.Title, r.Status, r.Likelihood, r.Impact,
            r.Likelihood * r.Impact, r.Band, r.PolicyId, r.PolicySection, r.RequesterId, r.RiskOwnerId, r.AcceptedAt, r.ExpiresAt, r.ClosedAt, r.Version);
    }
}

namespace SecurityBot.Platform.Contracts;

/// <summary>
/// One risk acceptance as another capability (integrations) sees it at one version. The risk acceptances capability
/// provides it through <see cref="IRiskObserver"/>; the caller decides who may see it.
/// </summary>
/// <param name="Reference">"RA-000042".</param>
/// <param name="Title">The requester's title (user text: escape it wherever it is shown).</param>
/// <param name="Status">Where it stands after the change.</param>
/// <param name="Likelihood">1–5.</param>
/// <param name="Impact">1–5.</param>
/// <param name="Band">The band of the score ("Low", "Medium", "High", "Critical").</param>
/// <param name="PolicyId">The policy it departs from, if any.</param>
/// <param name="PolicySection">The policy section, if any.</param>
/// <param name="RequesterId">Entra object id of the requester.</param>
/// <param name="RiskOwnerId">Entra object id of the risk owner.</param>
/// <param name="AcceptedAt">When it was last accepted, if it was.</param>
/// <param name="ExpiresAt">When the acceptance ends (accepted ones).</param>
/// <param name="ClosedAt">When it was rejected, expired or remediated.</param>
/// <param name="Version">The acceptance's version (every change increments it).</param>
public sealed record RiskSnapshot(
    string Reference,
    string Title,
    RiskRegisterStatus Status,
    int Likelihood,
    int Impact,
    string Band,
    string? PolicyId,
    string? PolicySection,
    string RequesterId,
    string RiskOwnerId,
    DateTimeOffset? AcceptedAt,
    DateTimeOffset? ExpiresAt,
    DateTimeOffset? ClosedAt,
    long Version);

using SecurityBot.Platform.Routing;

namespace SecurityBot.RiskAcceptances.Domain;

/// <summary>
/// A request to accept a risk for a limited time, and its approval. Guards every rule itself: who may act, in which
/// state, with which comment; every change increments <see cref="Version"/> so a card rendered from an older version
/// can be recognised as stale. Approvers are resolved by the caller for the CURRENT stage (never from card data);
/// the entity refuses the requester as approver whatever the caller resolved.
/// </summary>
internal sealed partial class RiskAcceptance
{
    private readonly List<RiskDecision> _decisions = [];
    private string _chain = string.Empty;

    private RiskAcceptance()
    {
        Title = Asset = Description = CompensatingControls = Justification = string.Empty;
        RequesterId = RequesterName = RiskOwnerId = RiskOwnerName = RoundStartedById = string.Empty;
    }

    /// <summary>Longest <see cref="RequestKey"/> accepted (a SHA-256 in hex is 64).</summary>
    public const int MaxRequestKeyLength = 64;

    /// <summary>
    /// A new draft; <paramref name="number"/> comes from the store's sequence. <paramref name="requestKey"/> names the
    /// submit that created it (see <see cref="RequestKey"/>), or null when there was no such submit.
    /// </summary>
    public static RiskAcceptance Create(int number, RiskActor requester, RiskAcceptanceDetails details, int maxDurationDays, DateTimeOffset now, string? requestKey = null)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(number, 1);
        ArgumentNullException.ThrowIfNull(requester);
        if (requestKey is not null)
        {
            ArgumentException.ThrowIfNullOrWhiteSpace(requestKey);
            ArgumentOutOfRangeException.ThrowIfGreaterThan(requestKey.Length, MaxRequestKeyLength, nameof(requestKey));
        }

        var risk = new RiskAcceptance
        {
            RequestKey = requestKey,
            Id = Guid.CreateVersion7(now),
            Number = number,
            RequesterId = requester.Id,
            RequesterName = requester.Name,
            Status = RiskAcceptanceStatus.Draft,
            CreatedAt = now,
            UpdatedAt = now,
            Version = 1,
        };
        risk.ApplyDetails(details, maxDurationDays);
        return risk;
    }

    public Guid Id { get; private set; }

    /// <summary>Sequence number; shown as <see cref="Reference"/>.</summary>
    public int Number { get; private set; }

    /// <summary>"RA-000017".</summary>
    public string Reference => RiskAcceptanceNumber.Format(Number);

    public string Title { get; private set; }

    public string? PolicyId { get; private set; }

    public string? PolicySection { get; private set; }

    public string? PolicyTitle { get; private set; }

    public string Asset { get; private set; }

    public string Description { get; private set; }

    public int Likelihood { get; private set; }

    public int Impact { get; private set; }

    public RiskScore Score => new(Likelihood, Impact);

    public string CompensatingControls { get; private set; }

    public string Justification { get; private set; }

    /// <summary>Duration asked for in the current round, in days.</summary>
    public int RequestedDays { get; private set; }

    public string RequesterId { get; private set; }

    public string RequesterName { get; private set; }

    public string RiskOwnerId { get; private set; }

    public string RiskOwnerName { get; private set; }

    public RiskAcceptanceStatus Status { get; private set; }

    /// <summary>
    /// Who started the current round: the requester for the submission and a resubmission, the requester or the risk
    /// owner for a renewal. Like the requester, they cannot decide any stage of that round.
    /// </summary>
    public string RoundStartedById { get; private set; }

    /// <summary>
    /// Identifies the form submit that created the request (stored unique): a redelivered or double-clicked submit
    /// carries the same key and is answered with this request instead of creating a second one.
    /// </summary>
    public string? RequestKey { get; private set; }

    /// <summary>The approval chain of the current round, frozen when it was submitted.</summary>
    public IReadOnlyList<RiskAcceptanceStage> Stages => ParseChain(_chain);

    /// <summary>Zero-based index into <see cref="Stages"/> while <see cref="RiskAcceptanceStatus.PendingApproval"/>.</summary>
    public int CurrentStageIndex { get; private set; }

    /// <summary>The stage waiting for a decision, or null when nobody is being asked.</summary>
    public RiskAcceptanceStage? CurrentStage =>
        Status == RiskAcceptanceStatus.PendingApproval && CurrentStageIndex < Stages.Count ? Stages[CurrentStageIndex] : null;

    /// <summary>1 for the first submission; +1 for every resubmission and renewal.</summary>
    public int Round { get; private set; }

    /// <summary>True while a renewal of an accepted risk is being approved (the acceptance stays in force meanwhile).</summary>
    public bool IsRenewal { get; private set; }

    public int RenewalCount { get; private set; }

    public DateTimeOffset CreatedAt { get; private set; }

    public DateTimeOffset UpdatedAt { get; private set; }

    public DateTimeOffset? SubmittedAt { get; private set; }

    public DateTimeOffset? AcceptedAt { get; private set; }

    public DateTimeOffset? ExpiresAt { get; private set; }

    /// <summary>When it was rejected, expired or remediated.</summary>
    public DateTimeOffset? ClosedAt { get; private set; }

    /// <summary>Incremented by every change; a card carries the version it was rendered from.</summary>
    public long Version { get; private set; }

    /// <summary>Every decision of every round, oldest first.</summary>
    public IReadOnlyList<RiskDecision> Decisions => _decisions;

    /// <summary>Approvals already given in the current round, oldest first ("who already approved").</summary>
    public IEnumerable<RiskDecision> CurrentRoundApprovals =>
        _decisions.Where(d => d.Round == Round && d.Kind == RiskDecisionKind.Approved).OrderBy(d => d.At);

    /// <summary>Whether the risk is accepted and in force at <paramref name="now"/> (also during a renewal).</summary>
    public bool IsInForce(DateTimeOffset now) =>
        ExpiresAt is { } expires && now < expires
        && (Status == RiskAcceptanceStatus.Accepted
            || (IsRenewal && Status is RiskAcceptanceStatus.PendingApproval or RiskAcceptanceStatus.ChangesRequested));

    public bool IsRequester(string? userId) => SameId(RequesterId, userId);

    public bool IsRiskOwner(string? userId) => SameId(RiskOwnerId, userId);

    /// <summary>Whether <paramref name="userId"/> started the current round (they cannot approve it).</summary>
    public bool IsRoundStarter(string? userId) => SameId(RoundStartedById, userId);

    /// <summary>The newest decision that produced a version after <paramref name="version"/>: what made that card stale.</summary>
    public RiskDecision? FirstDecisionAfter(long version) =>
        _decisions.Where(d => d.VersionAfter > version).OrderBy(d => d.VersionAfter).FirstOrDefault();

    private static bool SameId(string a, string? b) => b is not null && string.Equals(a, b.Trim(), StringComparison.OrdinalIgnoreCase);
}

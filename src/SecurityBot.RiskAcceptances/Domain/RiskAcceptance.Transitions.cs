using SecurityBot.Platform.Routing;
using SecurityBot.Platform.Results;

namespace SecurityBot.RiskAcceptances.Domain;

// The state machine. Every method checks state and actor first and changes nothing when it refuses.
internal sealed partial class RiskAcceptance
{
    /// <summary>Draft → PendingApproval at the first stage of <paramref name="chain"/>.</summary>
    public void Submit(IReadOnlyList<RiskAcceptanceStage> chain, DateTimeOffset now)
    {
        Require(Status == RiskAcceptanceStatus.Draft, $"{Reference} has already been submitted.");
        StartRound(chain, RequesterId, now);
        SubmittedAt = now;
        Touch(now);
    }

    /// <summary>
    /// Approves the current stage: the next stage is asked, or after the last one the risk is accepted until
    /// now + the requested duration.
    /// </summary>
    public RiskDecision Approve(RiskActor approver, DateTimeOffset now)
    {
        RequirePendingFor(approver);
        var decision = Record(RiskDecisionKind.Approved, approver, null, now);
        if (CurrentStageIndex + 1 < Stages.Count)
        {
            CurrentStageIndex++;
        }
        else
        {
            Status = RiskAcceptanceStatus.Accepted;
            AcceptedAt = now;
            ExpiresAt = now.AddDays(RequestedDays);
            IsRenewal = false;
            ClosedAt = null;
        }

        return decision;
    }

    /// <summary>
    /// Rejects (comment required). A rejected renewal leaves the current acceptance in force until it expires
    /// (or marks it expired when that time has already passed); a rejected request is final.
    /// </summary>
    public RiskDecision Reject(RiskActor approver, string? comment, DateTimeOffset now)
    {
        RequirePendingFor(approver);
        var text = RequireComment(comment, "A rejection needs a comment saying why.");
        var decision = Record(RiskDecisionKind.Rejected, approver, text, now);
        EndRound(RiskAcceptanceStatus.Rejected, now);
        return decision;
    }

    /// <summary>
    /// Ends a round that was not approved: a renewal is dropped and the acceptance it would have extended stays as it
    /// was (in force until it expires, or expired); a first request ends with <paramref name="final"/>.
    /// </summary>
    private void EndRound(RiskAcceptanceStatus final, DateTimeOffset now)
    {
        if (IsRenewal && ExpiresAt is { } expires)
        {
            IsRenewal = false;
            Status = now < expires ? RiskAcceptanceStatus.Accepted : RiskAcceptanceStatus.Expired;
            ClosedAt = Status == RiskAcceptanceStatus.Expired ? now : null;
        }
        else
        {
            Status = final;
            ClosedAt = now;
        }
    }

    /// <summary>Sends the request back to the requester to edit and resubmit (comment required).</summary>
    public RiskDecision RequestChanges(RiskActor approver, string? comment, DateTimeOffset now)
    {
        RequirePendingFor(approver);
        var text = RequireComment(comment, "Requesting changes needs a comment saying what to change.");
        var decision = Record(RiskDecisionKind.ChangesRequested, approver, text, now);
        Status = RiskAcceptanceStatus.ChangesRequested;
        return decision;
    }

    /// <summary>The requester's edited request goes back to the first stage of a new round (the chain follows the new score).</summary>
    public void Resubmit(RiskActor requester, RiskAcceptanceDetails details, int maxDurationDays, Func<RiskLevel, IReadOnlyList<RiskAcceptanceStage>> chainFor, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(requester);
        ArgumentNullException.ThrowIfNull(chainFor);
        Require(Status == RiskAcceptanceStatus.ChangesRequested, $"{Reference} is {Describe(Status)}; only a request sent back for changes can be resubmitted.");
        Require(IsRequester(requester.Id), $"Only the requester ({RequesterName}) can resubmit {Reference}.");
        ApplyDetails(details, maxDurationDays);
        StartRound(chainFor(Score.Level), requester.Id, now);
        Touch(now);
    }

    /// <summary>
    /// Asks for the acceptance to be extended: a new approval round with the whole history kept. Allowed while
    /// accepted or after expiry, for the requester or the risk owner.
    /// </summary>
    public void Renew(RiskActor actor, int durationDays, int maxDurationDays, Func<RiskLevel, IReadOnlyList<RiskAcceptanceStage>> chainFor, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(actor);
        ArgumentNullException.ThrowIfNull(chainFor);
        Require(Status is RiskAcceptanceStatus.Accepted or RiskAcceptanceStatus.Expired,
            $"{Reference} is {Describe(Status)}; only an accepted or expired risk can be renewed.");
        Require(IsRequester(actor.Id) || IsRiskOwner(actor.Id), $"Only the requester or the risk owner can renew {Reference}.");
        Require(durationDays >= 1 && durationDays <= maxDurationDays, $"Requested duration must be 1 to {maxDurationDays} days.");
        RequestedDays = durationDays;
        IsRenewal = true;
        RenewalCount++;
        ClosedAt = null;
        StartRound(chainFor(Score.Level), actor.Id, now);
        Touch(now);
    }

    /// <summary>The gap was fixed: the acceptance ends for good. For the requester or the risk owner.</summary>
    public void MarkRemediated(RiskActor actor, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(actor);
        Require(Status is RiskAcceptanceStatus.Accepted or RiskAcceptanceStatus.Expired || IsRenewal,
            $"{Reference} is {Describe(Status)}; only an accepted, expired or renewing risk can be marked remediated.");
        Require(IsRequester(actor.Id) || IsRiskOwner(actor.Id), $"Only the requester or the risk owner can mark {Reference} remediated.");
        Status = RiskAcceptanceStatus.Remediated;
        IsRenewal = false;
        ClosedAt = now;
        Touch(now);
    }

    /// <summary>Whether <see cref="Expire"/> would succeed now.</summary>
    public bool CanExpire(DateTimeOffset now) =>
        ExpiresAt is { } expires && now >= expires
        && (Status == RiskAcceptanceStatus.Accepted
            || (IsRenewal && Status is RiskAcceptanceStatus.PendingApproval or RiskAcceptanceStatus.ChangesRequested));

    /// <summary>The acceptance's time ran out (a renewal still being approved is abandoned).</summary>
    public void Expire(DateTimeOffset now)
    {
        Require(CanExpire(now), ExpiresAt is { } e && now < e
            ? $"{Reference} does not expire before {e:yyyy-MM-dd HH:mm} UTC."
            : $"{Reference} is {Describe(Status)} and cannot expire.");
        Status = RiskAcceptanceStatus.Expired;
        IsRenewal = false;
        ClosedAt = now;
        Touch(now);
    }

    private void StartRound(IReadOnlyList<RiskAcceptanceStage> chain, string startedById, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(chain);
        Require(chain.Count > 0, "The approval chain has no stages.");
        _chain = string.Join(',', chain);
        RoundStartedById = startedById;
        CurrentStageIndex = 0;
        Round++;
        Status = RiskAcceptanceStatus.PendingApproval;
        SubmittedAt ??= now;
    }

    private void RequirePendingFor(RiskActor approver)
    {
        ArgumentNullException.ThrowIfNull(approver);
        Require(Status == RiskAcceptanceStatus.PendingApproval, $"{Reference} is {Describe(Status)}; there is nothing to decide.");
        // Segregation of duties, whatever the directory or the routing said.
        Require(!IsRequester(approver.Id), $"You requested {Reference}; you cannot decide on your own request.");
        // Whoever asked for this round (a risk owner renewing) is excluded the same way.
        Require(!IsRoundStarter(approver.Id), $"You started this round of {Reference}; another person must decide it.");
        // Two signatures mean two people: whoever approved an earlier stage of this round does not sign again.
        var earlier = CurrentRoundApprovals.FirstOrDefault(d => SameId(d.ApproverId, approver.Id));
        Require(earlier is null, $"You already approved {Reference} at the {earlier?.Stage} stage; another person must decide this stage.");
        // Someone the stage was handed over from (they could not be reached) no longer decides it.
        Require(!IsHandedOverFrom(approver.Id), $"The {Stages[CurrentStageIndex]} stage of {Reference} was handed over because you could not be reached; the stand-in decides it now.");
    }

    private RiskDecision Record(RiskDecisionKind kind, RiskActor approver, string? comment, DateTimeOffset now)
    {
        var stage = Stages[CurrentStageIndex];
        Touch(now);
        var decision = new RiskDecision(Id, Round, CurrentStageIndex, stage, kind, approver, comment, now, Version);
        _decisions.Add(decision);
        return decision;
    }

    private void ApplyDetails(RiskAcceptanceDetails details, int maxDurationDays)
    {
        ArgumentNullException.ThrowIfNull(details);
        var cap = Math.Min(maxDurationDays, RiskAcceptanceOptions.AbsoluteMaxDurationDays);
        var errors = details.Validate(cap);
        if (errors.Count > 0)
        {
            throw new RiskAcceptanceValidationException(errors);
        }

        Title = details.Title.Trim();
        PolicyId = Blank(details.PolicyId);
        PolicySection = Blank(details.PolicySection);
        PolicyTitle = Blank(details.PolicyTitle);
        Asset = details.Asset.Trim();
        Description = details.Description.Trim();
        Likelihood = details.Likelihood;
        Impact = details.Impact;
        CompensatingControls = details.CompensatingControls.Trim();
        Justification = details.Justification.Trim();
        RequestedDays = details.DurationDays;
        RiskOwnerId = details.RiskOwner.Id;
        RiskOwnerName = details.RiskOwner.Name;
    }

    private void Touch(DateTimeOffset now)
    {
        UpdatedAt = now;
        Version++;
    }

    private static string RequireComment(string? comment, string message)
    {
        var text = comment?.Trim();
        Require(!string.IsNullOrEmpty(text), message);
        Require(text!.Length <= RiskAcceptanceDetails.MaxTextLength, $"A comment must be at most {RiskAcceptanceDetails.MaxTextLength} characters.");
        return text;
    }

    private static void Require(bool condition, string message)
    {
        if (!condition)
        {
            throw new RefusalException(message);
        }
    }

    private static string? Blank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();

    /// <summary>Lower-case state for messages, e.g. "pending approval".</summary>
    public static string Describe(RiskAcceptanceStatus status) => status switch
    {
        RiskAcceptanceStatus.PendingApproval => "pending approval",
        RiskAcceptanceStatus.ChangesRequested => "waiting for changes",
        _ => status.ToString().ToLowerInvariant(),
    };

    private static IReadOnlyList<RiskAcceptanceStage> ParseChain(string chain) =>
        string.IsNullOrEmpty(chain)
            ? []
            : [.. chain.Split(',').Select(s => Enum.Parse<RiskAcceptanceStage>(s, ignoreCase: false))];
}

namespace SecurityBot.RiskAcceptances.Domain;

// Approvers the bot cannot reach (issue 20 item 4): the stage is handed over, and the history says who and why.
internal sealed partial class RiskAcceptance
{
    /// <summary>The hand-overs of the current stage of the current round (each names the approver who could not be reached).</summary>
    public IEnumerable<RiskDecision> CurrentStageHandOvers => CurrentStageRecords(RiskDecisionKind.HandedOver);

    /// <summary>The stand-ins named for the current stage of the current round: they are among its approvers.</summary>
    public IEnumerable<RiskDecision> CurrentStageStandIns => CurrentStageRecords(RiskDecisionKind.StandIn);

    /// <summary>Whether the current stage was handed over from <paramref name="userId"/> (they no longer decide it).</summary>
    public bool IsHandedOverFrom(string? userId) => CurrentStageHandOvers.Any(d => SameId(d.ApproverId, userId));

    /// <summary>
    /// Whether <paramref name="userId"/> may stand in at the current stage: not the requester, not whoever started the
    /// round, not an earlier approver of this round, and not someone the stage was handed over from.
    /// </summary>
    public bool CanStandIn(string? userId) =>
        Status == RiskAcceptanceStatus.PendingApproval && userId is not null
        && !IsRequester(userId) && !IsRoundStarter(userId) && !IsHandedOverFrom(userId)
        && !CurrentRoundApprovals.Any(d => SameId(d.ApproverId, userId));

    /// <summary>
    /// <paramref name="unreachable"/>, an approver of the current stage, could not be reached: they no longer decide
    /// it, and <paramref name="standIn"/> (their manager) does — or, when null, the stage's other approvers. Recorded in
    /// the history with who and why; a second hand-over from the same person at the same stage is refused.
    /// </summary>
    public RiskDecision HandOver(RiskActor unreachable, RiskActor? standIn, string reason, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(unreachable);
        ArgumentException.ThrowIfNullOrWhiteSpace(reason);
        Require(Status == RiskAcceptanceStatus.PendingApproval, $"{Reference} is {Describe(Status)}; there is no stage to hand over.");
        var stage = Stages[CurrentStageIndex];
        Require(!IsHandedOverFrom(unreachable.Id), $"The {stage} stage of {Reference} was already handed over from {unreachable.Name}.");
        if (standIn is not null)
        {
            Require(!standIn.Is(unreachable.Id), "Nobody can stand in for themselves.");
            Require(CanStandIn(standIn.Id), $"{standIn.Name} requested, started or already approved this round of {Reference}, or could not be reached; they cannot stand in.");
        }

        var why = reason.Trim();
        var comment = standIn is null ? $"{why} The stage's other approvers decide it." : $"{why} {standIn.Name} stands in.";
        var decision = Record(RiskDecisionKind.HandedOver, unreachable, comment[..Math.Min(comment.Length, RiskAcceptanceDetails.MaxTextLength)], now);
        if (standIn is not null)
        {
            _decisions.Add(new RiskDecision(Id, Round, CurrentStageIndex, stage, RiskDecisionKind.StandIn, standIn, $"Stands in for {unreachable.Name}.", now, Version));
        }

        return decision;
    }

    private IEnumerable<RiskDecision> CurrentStageRecords(RiskDecisionKind kind) =>
        Status == RiskAcceptanceStatus.PendingApproval
            ? _decisions.Where(d => d.Round == Round && d.StageIndex == CurrentStageIndex && d.Kind == kind)
            : [];
}

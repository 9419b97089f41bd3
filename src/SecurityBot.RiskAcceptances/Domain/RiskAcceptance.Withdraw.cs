namespace SecurityBot.RiskAcceptances.Domain;

// The requester takes a request back before it is decided (issue 20 item 3: "withdraw where allowed").
internal sealed partial class RiskAcceptance
{
    /// <summary>
    /// Whether <paramref name="userId"/> may withdraw it now: the request is waiting for an approver or for the
    /// requester's changes, and they are its requester — or, for a renewal, whoever asked for the renewal.
    /// </summary>
    public bool CanWithdraw(string? userId) =>
        Status is RiskAcceptanceStatus.PendingApproval or RiskAcceptanceStatus.ChangesRequested
        && userId is not null && (IsRequester(userId) || (IsRenewal && IsRoundStarter(userId)));

    /// <summary>
    /// Takes the request back: a first request ends as <see cref="RiskAcceptanceStatus.Withdrawn"/>; a renewal is
    /// dropped and the acceptance it would have extended stays as it was (in force until it expires, or expired).
    /// Recorded in the history; approvals already given in this round no longer count.
    /// </summary>
    public RiskDecision Withdraw(RiskActor actor, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(actor);
        Require(Status is RiskAcceptanceStatus.PendingApproval or RiskAcceptanceStatus.ChangesRequested,
            $"{Reference} is {Describe(Status)}; only a request still waiting for a decision can be withdrawn.");
        Require(CanWithdraw(actor.Id), $"Only the requester can withdraw {Reference}.");
        var decision = Record(RiskDecisionKind.Withdrawn, actor, null, now);
        EndRound(RiskAcceptanceStatus.Withdrawn, now);
        return decision;
    }
}

using Microsoft.EntityFrameworkCore;
using SecurityBot.Platform.Contracts;
using SecurityBot.Platform.Persistence;
using SecurityBot.Platform.Routing;

namespace SecurityBot.RiskAcceptances.Persistence;

/// <summary>
/// The risk register the metrics read: two projection queries (acceptances, decisions), no tracking. The register
/// is small (thousands) and every figure about it looks at all of it, so it is read whole.
/// </summary>
internal sealed class RiskFactSource(SecurityBotDbContext db) : IRiskFacts
{
    public async Task<IReadOnlyList<RiskFact>> RegisterAsync(CancellationToken cancellationToken)
    {
        var risks = await db.Set<RiskAcceptance>().AsNoTracking()
            .Where(r => r.Status != RiskAcceptanceStatus.Draft)
            .Select(r => new { r.Id, r.Number, r.Title, r.Likelihood, r.Impact, r.Status, r.SubmittedAt, r.ExpiresAt, r.ClosedAt })
            .ToListAsync(cancellationToken);
        var decisions = (await db.Set<RiskDecision>().AsNoTracking()
                .Select(d => new { d.RiskAcceptanceId, d.Round, d.StageIndex, d.Stage, d.At, d.Kind })
                .ToListAsync(cancellationToken))
            .ToLookup(d => d.RiskAcceptanceId);
        return risks.ConvertAll(r => new RiskFact(RiskAcceptanceNumber.Format(r.Number), r.Title, r.Likelihood, r.Impact,
            RiskScore.LevelOf(r.Likelihood * r.Impact).ToString(), StatusOf(r.Status),
            r.SubmittedAt, r.ExpiresAt, r.ClosedAt,
            [.. decisions[r.Id].Where(d => d.Kind is not (RiskDecisionKind.HandedOver or RiskDecisionKind.StandIn or RiskDecisionKind.Withdrawn)).OrderBy(d => d.At).Select(d => new RiskDecisionFact(d.Round, d.StageIndex, d.Stage.DisplayName(), d.At, d.Kind == RiskDecisionKind.Approved))]));
    }

    internal static RiskRegisterStatus StatusOf(RiskAcceptanceStatus status) => status switch
    {
        RiskAcceptanceStatus.Draft => RiskRegisterStatus.Draft,
        RiskAcceptanceStatus.PendingApproval => RiskRegisterStatus.PendingApproval,
        RiskAcceptanceStatus.ChangesRequested => RiskRegisterStatus.ChangesRequested,
        RiskAcceptanceStatus.Accepted => RiskRegisterStatus.Accepted,
        RiskAcceptanceStatus.Rejected => RiskRegisterStatus.Rejected,
        RiskAcceptanceStatus.Expired => RiskRegisterStatus.Expired,
        RiskAcceptanceStatus.Remediated => RiskRegisterStatus.Remediated,
        RiskAcceptanceStatus.Withdrawn => RiskRegisterStatus.Withdrawn,
        _ => throw new ArgumentOutOfRangeException(nameof(status), status, "A status the register does not know."),
    };
}

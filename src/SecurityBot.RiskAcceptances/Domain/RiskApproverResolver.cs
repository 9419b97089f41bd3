using SecurityBot.Platform.Directory;
using SecurityBot.Platform.Routing;

namespace SecurityBot.RiskAcceptances.Domain;

/// <summary>
/// Resolves the approvers of a risk acceptance's CURRENT stage from the directory, at the moment of asking (never
/// from card data): the router's answer for the stage, minus the requester, whoever started this round (a risk
/// owner renewing) and anyone who already approved an earlier stage of this round. When that leaves nobody (e.g. the manager is also the CSO), the risk approvers
/// group (the CSO's office) stands in, and the notes say so.
/// </summary>
internal sealed class RiskApproverResolver(IRecipientRouter router, ISecurityRoles roles)
{
    public async Task<RiskStageApprovers> ResolveAsync(RiskAcceptance risk, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(risk);
        if (risk.CurrentStage is not { } stage)
        {
            return RiskStageApprovers.None;
        }

        var decision = await router.RouteRiskAcceptanceAsync(new RiskAcceptanceRoutingRequest(risk.RequesterId, stage), cancellationToken).ConfigureAwait(false);
        var notes = decision.Notes.ToList();
        var earlier = risk.CurrentRoundApprovals.Select(d => d.ApproverId).ToHashSet(StringComparer.OrdinalIgnoreCase);
        var people = Eligible(decision.Recipients.Select(r => r.User), risk, earlier);
        if (people.Count == 0)
        {
            notes.Add($"Nobody eligible was left for the {stage} stage (the requester, whoever started the round and earlier approvers cannot sign it); the risk approvers stand in.");
            people = Eligible(await roles.GetRiskApproversAsync(cancellationToken).ConfigureAwait(false), risk, earlier);
        }

        if (people.Count == 0)
        {
            notes.Add($"Nobody at all can approve the {stage} stage; an administrator must fix the Roles settings.");
        }

        return new RiskStageApprovers(people, notes);
    }

    private static List<DirectoryUser> Eligible(IEnumerable<DirectoryUser> users, RiskAcceptance risk, HashSet<string> earlier) =>
        users
            .Where(u => !risk.IsRequester(u.Id) && !risk.IsRoundStarter(u.Id) && !earlier.Contains(u.Id))
            .DistinctBy(u => u.Id, StringComparer.OrdinalIgnoreCase)
            .ToList();
}

using SecurityBot.Platform.Directory;
using SecurityBot.Platform.Routing;

namespace SecurityBot.RiskAcceptances.Domain;

/// <summary>
/// Resolves the approvers of a risk acceptance's CURRENT stage from the directory, at the moment of asking (never
/// from card data): the router's answer for the stage, minus the requester, whoever started this round (a risk
/// owner renewing), anyone who already approved an earlier stage of this round and anyone the stage was handed over
/// from (they could not be reached), plus the stand-ins named for the stage. When that leaves nobody (e.g. the manager is also the CSO), the risk approvers
/// group (the CSO's office) stands in, and the notes say so.
/// </summary>
internal sealed class RiskApproverResolver(IRecipientRouter router, ISecurityRoles roles, IDirectory directory)
{
    /// <summary>
    /// The current stage's approvers. <paramref name="alsoExcluding"/> answers "who would decide it if the stage were
    /// handed over from this person" without changing the request.
    /// </summary>
    public async Task<RiskStageApprovers> ResolveAsync(RiskAcceptance risk, CancellationToken cancellationToken, string? alsoExcluding = null)
    {
        ArgumentNullException.ThrowIfNull(risk);
        if (risk.CurrentStage is not { } stage)
        {
            return RiskStageApprovers.None;
        }

        var decision = await router.RouteRiskAcceptanceAsync(new RiskAcceptanceRoutingRequest(risk.RequesterId, stage), cancellationToken).ConfigureAwait(false);
        var notes = decision.Notes.ToList();
        // Earlier approvers of the round and those the stage was handed over from (unreachable) do not decide it;
        // stand-ins named for the stage do.
        var earlier = risk.CurrentRoundApprovals.Concat(risk.CurrentStageHandOvers).Select(d => d.ApproverId).ToHashSet(StringComparer.OrdinalIgnoreCase);
        if (alsoExcluding is not null)
        {
            earlier.Add(alsoExcluding);
        }

        var standIns = new List<DirectoryUser>();
        foreach (var standIn in risk.CurrentStageStandIns)
        {
            if (await directory.GetUserAsync(standIn.ApproverId, cancellationToken).ConfigureAwait(false) is { } user)
            {
                standIns.Add(user);
                notes.Add($"{user.DisplayName} stands in for an approver who could not be reached.");
            }
        }

        var people = Eligible(decision.Recipients.Select(r => r.User).Concat(standIns), risk, earlier);
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

using SecurityBot.Platform.Routing;

namespace SecurityBot.RiskAcceptances.Domain;

/// <summary>
/// The one rule for who may see a risk acceptance, used by every read (the card of a button press, whatever its
/// outcome, "risk RA-…", the edit form) before anything about the request is said: the requester, the risk owner,
/// anyone who decided on it in any round, an approver of the current stage (resolved now), and the security roles
/// (security team, risk approvers, the CSO). Someone else is answered as if the number did not exist.
/// </summary>
internal sealed class RiskAccess(RiskApproverResolver approvers, ISecurityRoles roles)
{
    /// <summary>The security team and the risk approvers (the CSO's office, the CSO included) see the whole register.</summary>
    public async Task<bool> IsSecurityRoleAsync(string userId, CancellationToken cancellationToken) =>
        await roles.IsSecurityTeamAsync(userId, cancellationToken).ConfigureAwait(false)
        || await roles.IsRiskApproverAsync(userId, cancellationToken).ConfigureAwait(false);

    /// <summary>Whether <paramref name="userId"/> may see <paramref name="risk"/>, and whether they may decide its current stage now.</summary>
    public async Task<(bool MayView, bool MayDecide)> CheckAsync(RiskAcceptance risk, string? userId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(risk);
        if (string.IsNullOrWhiteSpace(userId))
        {
            return (false, false);
        }

        var mayDecide = (await approvers.ResolveAsync(risk, cancellationToken).ConfigureAwait(false)).Contains(userId);
        var mayView = mayDecide || risk.IsRequester(userId) || risk.IsRiskOwner(userId)
            || risk.Decisions.Any(d => string.Equals(d.ApproverId, userId.Trim(), StringComparison.OrdinalIgnoreCase))
            || await IsSecurityRoleAsync(userId, cancellationToken).ConfigureAwait(false);
        return (mayView, mayDecide);
    }
}

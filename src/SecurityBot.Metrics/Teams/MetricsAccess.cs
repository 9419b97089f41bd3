using SecurityBot.Platform.Routing;

namespace SecurityBot.Metrics.Teams;

/// <summary>
/// Who may see the security figures, decided on the server from the directory (never from anything in the message):
/// the security team, the security lead, the CSO and the risk approvers see the organisation's figures; everyone
/// else sees nothing. Managers are refused too: the directory contract cannot say whether someone has direct
/// reports, and the incident facts carry no reporter department, so a department view would need data the platform
/// contracts do not have (issue 16 allows managers their department's counts "at most").
/// </summary>
internal sealed class MetricsAccess(ISecurityRoles roles)
{
    public async Task<MetricsAudience> DecideAsync(string userId, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(userId))
        {
            return MetricsAudience.None;
        }

        // Cheapest first: the CSO is configuration, the others ask the (cached) directory.
        if (await roles.IsCsoAsync(userId, cancellationToken)
            || await roles.IsSecurityTeamAsync(userId, cancellationToken)
            || await roles.IsSecurityLeadAsync(userId, cancellationToken)
            || await roles.IsRiskApproverAsync(userId, cancellationToken))
        {
            return MetricsAudience.Organisation;
        }

        return MetricsAudience.None;
    }
}

using Microsoft.Extensions.Options;
using SecurityBot.Platform.Directory;
using SecurityBot.Platform.Routing;
using SecurityBot.Platform.Conversations;

namespace SecurityBot.Incidents.Application;

/// <summary>Who may triage and who is privileged — always asked of the directory on the server, never of card data.</summary>
internal sealed class IncidentPeople(ISecurityRoles roles, IOptions<IncidentOptions> options, TeamsUserIdLookup teamsUserIds)
{
    /// <summary>Security team, incident responders, the security lead and the CSO.</summary>
    public async Task<bool> CanTriageAsync(string userId, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(userId))
        {
            return false;
        }

        if (await roles.IsSecurityTeamAsync(userId, cancellationToken) || await roles.IsIncidentResponderAsync(userId, cancellationToken)
            || await roles.IsCsoAsync(userId, cancellationToken))
        {
            return true;
        }

        return await roles.IsSecurityLeadAsync(userId, cancellationToken);
    }

    /// <summary>Privileged (a security role or risk approver) or an executive by job title (Incidents:ExecutiveTitleKeywords).</summary>
    public async Task<bool> IsPrivilegedAsync(string userId, DirectoryUser? user, CancellationToken cancellationToken)
    {
        if (await CanTriageAsync(userId, cancellationToken) || await roles.IsRiskApproverAsync(userId, cancellationToken))
        {
            return true;
        }

        var words = (user?.JobTitle ?? string.Empty).Split([' ', ',', '-', '/', '(', ')'], StringSplitOptions.RemoveEmptyEntries);
        return options.Value.ExecutiveTitleKeywords.Any(k => words.Contains(k.Trim(), StringComparer.OrdinalIgnoreCase));
    }

    public async Task<ResponderSet> RespondersAsync(CancellationToken cancellationToken)
    {
        var ids = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        ids.UnionWith((await roles.GetSecurityTeamAsync(cancellationToken)).Select(u => u.Id));
        ids.UnionWith((await roles.GetIncidentRespondersAsync(cancellationToken)).Select(u => u.Id));
        if (await roles.GetSecurityLeadAsync(cancellationToken) is { } lead)
        {
            ids.Add(lead.Id);
        }

        if (await roles.GetCsoAsync(cancellationToken) is { } cso)
        {
            ids.Add(cso.Id);
        }

        // Ordered by object id so the same responders keep their refresh whatever order the roles answered in.
        var teamsIds = await teamsUserIds.ForAsync(ids.Order(StringComparer.OrdinalIgnoreCase).ToList(), cancellationToken);
        return new ResponderSet(ids, teamsIds);
    }
}

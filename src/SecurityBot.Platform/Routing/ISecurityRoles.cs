using SecurityBot.Platform.Directory;

namespace SecurityBot.Platform.Routing;

/// <summary>
/// The security roles (Roles:* options) resolved against the directory. Every check asks the directory (through its
/// cache) on the server; callers pass the actor's object id taken from the authenticated activity.
/// </summary>
public interface ISecurityRoles
{
    /// <summary>Whether the user is a (transitive) member of the security team group.</summary>
    Task<bool> IsSecurityTeamAsync(string userId, CancellationToken cancellationToken = default);

    /// <summary>Whether the user is an incident responder (the security team when no responders group is configured).</summary>
    Task<bool> IsIncidentResponderAsync(string userId, CancellationToken cancellationToken = default);

    /// <summary>Whether the user may give the final approval of a risk acceptance: a risk approver or the CSO.</summary>
    Task<bool> IsRiskApproverAsync(string userId, CancellationToken cancellationToken = default);

    /// <summary>Whether the user is the configured CSO (Roles:CsoUserId).</summary>
    Task<bool> IsCsoAsync(string userId, CancellationToken cancellationToken = default);

    /// <summary>The configured CSO, or null when none is configured or the id is not in the directory.</summary>
    Task<DirectoryUser?> GetCsoAsync(CancellationToken cancellationToken = default);

    /// <summary>Whether the user is the configured security lead (Roles:SecurityLeadUserId) and still in the directory.</summary>
    Task<bool> IsSecurityLeadAsync(string userId, CancellationToken cancellationToken = default);

    /// <summary>The configured security lead, or null when none is configured or the id is not in the directory.</summary>
    Task<DirectoryUser?> GetSecurityLeadAsync(CancellationToken cancellationToken = default);

    /// <summary>The security team's members.</summary>
    Task<IReadOnlyList<DirectoryUser>> GetSecurityTeamAsync(CancellationToken cancellationToken = default);

    /// <summary>The incident responders (the security team when no responders group is configured).</summary>
    Task<IReadOnlyList<DirectoryUser>> GetIncidentRespondersAsync(CancellationToken cancellationToken = default);

    /// <summary>The risk approvers group's members.</summary>
    Task<IReadOnlyList<DirectoryUser>> GetRiskApproversAsync(CancellationToken cancellationToken = default);
}

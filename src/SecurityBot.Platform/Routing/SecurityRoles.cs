using Microsoft.Extensions.Options;
using SecurityBot.Platform.Directory;

namespace SecurityBot.Platform.Routing;

/// <summary>Resolves the Roles:* options against the directory.</summary>
public sealed class SecurityRoles(IDirectory directory, IOptions<RolesOptions> options) : ISecurityRoles
{
    private readonly RolesOptions _roles = options.Value;

    public Task<bool> IsSecurityTeamAsync(string userId, CancellationToken cancellationToken = default) =>
        directory.IsMemberAsync(userId, _roles.SecurityTeamGroupId, cancellationToken);

    public Task<bool> IsIncidentResponderAsync(string userId, CancellationToken cancellationToken = default) =>
        directory.IsMemberAsync(userId, IncidentRespondersGroupId, cancellationToken);

    public async Task<bool> IsRiskApproverAsync(string userId, CancellationToken cancellationToken = default) =>
        await IsCsoAsync(userId, cancellationToken).ConfigureAwait(false)
        || await directory.IsMemberAsync(userId, _roles.RiskApproversGroupId, cancellationToken).ConfigureAwait(false);

    public Task<bool> IsCsoAsync(string userId, CancellationToken cancellationToken = default) =>
        Task.FromResult(!string.IsNullOrEmpty(_roles.CsoUserId) && SameId(userId, _roles.CsoUserId));

    public Task<DirectoryUser?> GetCsoAsync(CancellationToken cancellationToken = default) =>
        GetConfiguredUserAsync(_roles.CsoUserId, cancellationToken);

    public async Task<bool> IsSecurityLeadAsync(string userId, CancellationToken cancellationToken = default) =>
        await GetSecurityLeadAsync(cancellationToken).ConfigureAwait(false) is { } lead && SameId(lead.Id, userId);

    public Task<DirectoryUser?> GetSecurityLeadAsync(CancellationToken cancellationToken = default) =>
        GetConfiguredUserAsync(_roles.SecurityLeadUserId, cancellationToken);

    public Task<IReadOnlyList<DirectoryUser>> GetSecurityTeamAsync(CancellationToken cancellationToken = default) =>
        directory.GetGroupMembersAsync(_roles.SecurityTeamGroupId, cancellationToken);

    public Task<IReadOnlyList<DirectoryUser>> GetIncidentRespondersAsync(CancellationToken cancellationToken = default) =>
        directory.GetGroupMembersAsync(IncidentRespondersGroupId, cancellationToken);

    public Task<IReadOnlyList<DirectoryUser>> GetRiskApproversAsync(CancellationToken cancellationToken = default) =>
        directory.GetGroupMembersAsync(_roles.RiskApproversGroupId, cancellationToken);

    /// <summary>Directory object ids are GUIDs; Entra treats them case-insensitively, so do we.</summary>
    internal static bool SameId(string a, string b) => string.Equals(a, b, StringComparison.OrdinalIgnoreCase);

    private string IncidentRespondersGroupId =>
        string.IsNullOrEmpty(_roles.IncidentRespondersGroupId) ? _roles.SecurityTeamGroupId : _roles.IncidentRespondersGroupId;

    private Task<DirectoryUser?> GetConfiguredUserAsync(string? userId, CancellationToken cancellationToken) =>
        string.IsNullOrEmpty(userId) ? Task.FromResult<DirectoryUser?>(null) : directory.GetUserAsync(userId, cancellationToken);
}

using SecurityBot.Platform.Routing;

namespace SecurityBot.Platform.Deliveries;

/// <summary>
/// Who may see and retry deliveries, decided on the server from the directory and configuration (never from card
/// data): the security team, the security lead and the CSO.
/// </summary>
internal sealed class DeliveriesAccess(ISecurityRoles roles)
{
    public async Task<bool> MayAdministerAsync(string? userId, CancellationToken cancellationToken) =>
        !string.IsNullOrWhiteSpace(userId)
        && (await roles.IsCsoAsync(userId, cancellationToken)
            || await roles.IsSecurityTeamAsync(userId, cancellationToken)
            || await roles.IsSecurityLeadAsync(userId, cancellationToken));
}

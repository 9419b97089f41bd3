namespace SecurityBot.Attestation.Application;

/// <summary>Who may run campaigns (start, see progress, export): the security team, the security lead and the CSO.</summary>
internal sealed class CampaignRoles(ISecurityRoles roles)
{
    public async Task<bool> MayRunCampaignsAsync(string userId, CancellationToken cancellationToken) =>
        await roles.IsSecurityTeamAsync(userId, cancellationToken)
        || await roles.IsSecurityLeadAsync(userId, cancellationToken)
        || await roles.IsCsoAsync(userId, cancellationToken);

}

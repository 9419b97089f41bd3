namespace SecurityBot.Attestation.Application;

/// <summary>Reading a campaign for someone: the owner or a security role sees it; anyone else gets "no such campaign", whatever the number.</summary>
internal sealed class CampaignReader(AttestationStore store, CampaignRoles roles, CampaignProgress progress)
{
    public async Task<CampaignOutcome> ReadAsync(int? number, string userId, CancellationToken cancellationToken)
    {
        if (!await roles.MayRunCampaignsAsync(userId, cancellationToken))
        {
            // Owners are security roles when they start one; someone who left the role keeps no access to the evidence.
            return number is { } n ? CampaignOutcome.NotFound(n) : CampaignOutcome.NotAllowed;
        }

        var campaign = number is { } wanted ? await store.ReadAsync(wanted, cancellationToken) : await store.LatestAsync(cancellationToken);
        return campaign is null
            ? number is { } missing ? CampaignOutcome.NotFound(missing) : new CampaignOutcome(UseCaseStatus.NotFound, "No campaign has been sent yet. Type policy campaign to start one.")
            : new CampaignOutcome(UseCaseStatus.Succeeded, string.Empty, campaign);
    }

    public Task<ProgressFigures> ProgressAsync(AttestationCampaign campaign, CancellationToken cancellationToken) => progress.ComputeAsync(campaign, cancellationToken);
}

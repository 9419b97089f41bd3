namespace SecurityBot.Attestation.Teams;

/// <summary>
/// What the campaign form shows: empty, as the person typed it (after errors), or from a draft being changed; for a
/// re-attestation also the earlier campaign it compares with (carried in the "Next" button's data).
/// </summary>
internal sealed record CampaignFormValues(string? Policy, AudienceKind AudienceKind, string? AudienceValue, DateOnly? Due, string? Message, int? Reattest = null)
{
    public static CampaignFormValues Empty { get; } = new(null, AudienceKind.Group, null, null, null);

    public static CampaignFormValues From(AttestationCampaign campaign, int? reattest = null)
    {
        ArgumentNullException.ThrowIfNull(campaign);
        return new CampaignFormValues(campaign.PolicyId, campaign.AudienceKind, campaign.AudienceValue, campaign.DueOn, campaign.Message, reattest);
    }
}

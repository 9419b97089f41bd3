namespace SecurityBot.Attestation.Domain;

/// <summary>Where a campaign is: drafted (audience counted, waiting for "Send"), running, or closed.</summary>
internal enum CampaignStatus
{
    Draft = 0,
    Active = 1,
    Closed = 2,
}

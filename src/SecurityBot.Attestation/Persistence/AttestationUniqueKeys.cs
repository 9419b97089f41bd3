namespace SecurityBot.Attestation.Persistence;

/// <summary>The attestation tables' unique keys that concurrent writers race for.</summary>
internal static class AttestationUniqueKeys
{
    /// <summary>Campaign numbers: two drafts at once.</summary>
    public static UniqueKey CampaignNumber { get; } = new("IX_AttestationCampaigns_Number", "AttestationCampaigns", ["Number"]);

    /// <summary>A person once per campaign: a fan-out batch retried or run twice.</summary>
    public static UniqueKey Member { get; } = new("IX_AttestationMembers_CampaignId_UserId", "AttestationMembers", ["CampaignId", "UserId"]);

    /// <summary>The evidence once per person and version: a double click on two instances.</summary>
    public static UniqueKey Acceptance { get; } = new("IX_PolicyAcceptances_PolicyId_PolicyVersion_UserId", "PolicyAcceptances", ["PolicyId", "PolicyVersion", "UserId"]);

    /// <summary>A new version offered once.</summary>
    public static UniqueKey Offer { get; } = new("IX_AttestationReattestationOffers_PolicyId_Version", "AttestationReattestationOffers", ["PolicyId", "Version"]);
}

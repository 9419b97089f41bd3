namespace SecurityBot.Attestation.Domain;

/// <summary>
/// The evidence: this person accepted this version of this policy, at this time, in this campaign. Once per person and
/// version (unique), whichever campaign asked first; the audit chain holds the same fact, tamper-evident.
/// </summary>
internal sealed class PolicyAcceptance
{
    public const string EntityType = "policy-acceptance";

    private PolicyAcceptance()
    {
    }

    public Guid Id { get; private set; }

    public string PolicyId { get; private set; } = string.Empty;

    public string PolicyVersion { get; private set; } = string.Empty;

    public string UserId { get; private set; } = string.Empty;

    public string UserName { get; private set; } = string.Empty;

    public int CampaignNumber { get; private set; }

    public DateTimeOffset AcceptedAt { get; private set; }

    /// <summary>The audit entity id: "acceptable-use@3.0:{user}".</summary>
    public string AuditId => $"{PolicyId}@{PolicyVersion}:{UserId}";

    public static PolicyAcceptance Record(AttestationCampaign campaign, AudienceMember member, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(campaign);
        ArgumentNullException.ThrowIfNull(member);
        return new PolicyAcceptance
        {
            Id = Guid.NewGuid(),
            PolicyId = campaign.PolicyId,
            PolicyVersion = campaign.PolicyVersion,
            UserId = member.UserId,
            UserName = member.DisplayName,
            CampaignNumber = campaign.Number,
            AcceptedAt = now,
        };
    }
}

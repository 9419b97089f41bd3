namespace SecurityBot.Attestation.Domain;

/// <summary>
/// A new version of a policy people attested, offered once to the last campaign's owner (unique policy + version,
/// whatever the instances): the sections that changed and a button that drafts the re-attestation.
/// </summary>
internal sealed class ReattestationOffer
{
    private ReattestationOffer()
    {
    }

    public Guid Id { get; private set; }

    public string PolicyId { get; private set; } = string.Empty;

    public string Version { get; private set; } = string.Empty;

    public string PreviousVersion { get; private set; } = string.Empty;

    /// <summary>The campaign whose audience and owner the offer reuses.</summary>
    public int FromCampaign { get; private set; }

    public string OwnerId { get; private set; } = string.Empty;

    public DateTimeOffset OfferedAt { get; private set; }

    public static ReattestationOffer Make(string policyId, string version, AttestationCampaign from, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(from);
        return new ReattestationOffer
        {
            Id = Guid.NewGuid(),
            PolicyId = policyId,
            Version = version,
            PreviousVersion = from.PolicyVersion,
            FromCampaign = from.Number,
            OwnerId = from.OwnerId,
            OfferedAt = now,
        };
    }
}

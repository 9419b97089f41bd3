namespace SecurityBot.Attestation.Domain;

/// <summary>
/// When a policy's new version is offered for re-attestation: someone attested the policy (a campaign was sent, not
/// only drafted), the library now holds a later version than that latest campaign asked, and that version has not
/// been offered yet. A version going back (a revert in the folder) is not a new version to attest.
/// </summary>
internal static class ReattestationRule
{
    public static bool ShouldOffer(string currentVersion, AttestationCampaign? latestSent, bool alreadyOffered)
    {
        ArgumentNullException.ThrowIfNull(currentVersion);
        return latestSent is { Status: not CampaignStatus.Draft }
            && !alreadyOffered
            && PolicyVersions.IsNewer(currentVersion, latestSent.PolicyVersion);
    }

    /// <summary>Whether <paramref name="previous"/> may be the campaign a re-attestation of <paramref name="policy"/> compares with.</summary>
    public static bool CanCompareWith(PolicySnapshot policy, AttestationCampaign previous)
    {
        ArgumentNullException.ThrowIfNull(policy);
        ArgumentNullException.ThrowIfNull(previous);
        return previous.Status != CampaignStatus.Draft
            && string.Equals(previous.PolicyId, policy.Id, StringComparison.OrdinalIgnoreCase)
            && PolicyVersions.IsNewer(policy.Version, previous.PolicyVersion);
    }
}

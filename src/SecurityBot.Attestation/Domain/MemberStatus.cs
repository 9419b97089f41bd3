namespace SecurityBot.Attestation.Domain;

/// <summary>Where one person of a campaign's audience is.</summary>
internal enum MemberStatus
{
    /// <summary>Asked, not yet accepted.</summary>
    Pending = 0,

    /// <summary>Accepted this campaign's policy version (here, or in an earlier campaign for the same version).</summary>
    Accepted = 1,

    /// <summary>No longer asked: left the directory or the audience.</summary>
    Removed = 2,
}

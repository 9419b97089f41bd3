namespace SecurityBot.Attestation.Domain;

/// <summary>How a numbered section differs between two versions of a policy.</summary>
internal enum SectionChangeKind
{
    Added = 0,
    Changed = 1,
    Removed = 2,
}

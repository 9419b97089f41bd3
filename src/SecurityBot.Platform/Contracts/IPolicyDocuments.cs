namespace SecurityBot.Platform.Contracts;

/// <summary>
/// The policies' text as another capability shows it (an attestation card quotes the purpose and key rules, a
/// re-attestation compares two versions). The policies capability provides it from the live library, so a reload of
/// the policy folder is seen at the next call; without it, there is nothing to attest.
/// </summary>
public interface IPolicyDocuments
{
    /// <summary>Every policy in the library as it is now.</summary>
    IReadOnlyList<PolicyDocument> Documents { get; }

    /// <summary>The policy with this id (exact, case-insensitive) or a name people use; null when nothing matches confidently.</summary>
    PolicyDocument? FindDocument(string idOrName);
}

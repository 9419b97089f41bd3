namespace SecurityBot.Platform.Contracts;

/// <summary>
/// The policies a capability may cite without knowing the policy library (a risk acceptance names the policy and
/// section it departs from). The policies capability provides it; without it, nothing can be cited.
/// </summary>
public interface IPolicyCatalog
{
    /// <summary>Every policy, for a choice list.</summary>
    IReadOnlyList<PolicyReference> References { get; }

    /// <summary>A policy by id or by a name people use; null when nothing is a confident match.</summary>
    PolicyReference? FindReference(string idOrName);

    /// <summary>A numbered section ("4.2") of the policy with id <paramref name="policyId"/>; null when it has none.</summary>
    PolicySectionReference? FindSectionReference(string policyId, string section);
}

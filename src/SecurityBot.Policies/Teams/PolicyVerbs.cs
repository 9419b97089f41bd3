using SecurityBot.Platform.Contracts;
namespace SecurityBot.Policies.Teams;

/// <summary>Action.Execute verbs on policy cards. Data says which policy, section or question — never who may act.</summary>
internal static class PolicyVerbs
{
    /// <summary>Show the full policy in place of the card: data {policyId, section?, query?}.</summary>
    public const string Open = "policy.open";

    /// <summary>Answer a question in place of the card (a "did you mean" button, "Back to answers"): data {query}.</summary>
    public const string Search = "policy.search";

    /// <summary>
    /// Open the risk-acceptance request card pre-filled with data {policyId, section} (section absent when the
    /// button is about the whole policy, e.g. on the summary card). Handled by the
    /// risk-acceptance feature, not by this one; the name and data shape are the contract between the two.
    /// </summary>
    public const string RequestException = CapabilityVerbs.OpenRiskRequest;
}

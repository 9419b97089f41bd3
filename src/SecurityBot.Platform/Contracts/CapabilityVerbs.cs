namespace SecurityBot.Platform.Contracts;

/// <summary>
/// Card verbs one capability puts on its cards and another handles: the verb name and its data shape are the whole
/// contract, so neither project references the other.
/// </summary>
public static class CapabilityVerbs
{
    /// <summary>
    /// Open the risk-acceptance request form, pre-filled from data {policyId, section} (both optional): the
    /// "Request an exception" button of a policy answer. Handled by the risk acceptances capability.
    /// </summary>
    public const string OpenRiskRequest = "risk.request.open";
}

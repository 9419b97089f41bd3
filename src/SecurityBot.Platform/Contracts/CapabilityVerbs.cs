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

    /// <summary>
    /// Open (or show) the crisis room of an incident, data {incident: "INC-000042"}: the "Open crisis room" button of a
    /// triage card. Handled by the crisis-room capability, which decides server-side who may.
    /// </summary>
    public const string OpenCrisisRoom = "crisis.open";
}

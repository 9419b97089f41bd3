using SecurityBot.Platform.Persistence;

namespace SecurityBot.RiskAcceptances.Persistence;

/// <summary>The risk acceptance table's unique keys that concurrent requests race for.</summary>
internal static class RiskUniqueKeys
{
    /// <summary>The next request number (max + 1), taken by whichever request commits first.</summary>
    public static UniqueKey Number { get; } = new("IX_RiskAcceptances_Number", "RiskAcceptances", ["Number"]);

    /// <summary>One request per form submit (see RiskAcceptance.RequestKey).</summary>
    public static UniqueKey RequestKey { get; } = new("IX_RiskAcceptances_RequestKey", "RiskAcceptances", ["RequestKey"]);
}

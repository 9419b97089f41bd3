namespace SecurityBot.Crisis.Persistence;

/// <summary>The regulator clock table's unique key that concurrent marks race for.</summary>
internal static class RegulatorUniqueKeys
{
    /// <summary>One regulator's clock per incident.</summary>
    public static UniqueKey IncidentNumber { get; } = new("IX_CrisisRegulatorClocks_IncidentNumber", "CrisisRegulatorClocks", ["IncidentNumber"]);
}

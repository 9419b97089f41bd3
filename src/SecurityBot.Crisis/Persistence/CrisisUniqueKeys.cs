namespace SecurityBot.Crisis.Persistence;

/// <summary>The crisis tables' unique keys that concurrent declarations and updates race for.</summary>
internal static class CrisisUniqueKeys
{
    /// <summary>One room per incident.</summary>
    public static UniqueKey IncidentNumber { get; } = new("IX_CrisisRooms_IncidentNumber", "CrisisRooms", ["IncidentNumber"]);

    /// <summary>The next stakeholder update number of a room.</summary>
    public static UniqueKey UpdateSequence { get; } = new("IX_CrisisStakeholderUpdates_RoomId_Sequence", "CrisisStakeholderUpdates", ["RoomId", "Sequence"]);
}

namespace SecurityBot.Crisis.Application;

/// <summary>The crisis capability's durable timers: all keyed by the room's incident number.</summary>
internal static class CrisisTimers
{
    public const string EntityType = CrisisRoom.EntityType;

    /// <summary>Brings a room to what its incident asks for: declare, create, install, post, add people, close.</summary>
    public const string Room = "crisis.room";

    /// <summary>The next stakeholder update is due: remind the incident lead.</summary>
    public const string UpdateDue = "crisis.update-due";
}

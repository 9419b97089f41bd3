namespace SecurityBot.Crisis.Application;

/// <summary>The regulator clock's durable timer: one pending per incident, at the clock's next reminder point.</summary>
internal static class RegulatorTimer
{
    public const string EntityType = CrisisRoom.EntityType;

    /// <summary>A reminder point of a running clock is reached: remind the DPO and the CSO, or say the deadline passed.</summary>
    public const string Kind = "crisis.regulator";
}

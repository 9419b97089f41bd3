namespace SecurityBot.Platform.Contracts;

/// <summary>One approver's decision: which round and stage ("manager", "cso"…), when, and whether it approved.</summary>
public sealed record RiskDecisionFact(int Round, int StageIndex, string Stage, DateTimeOffset At, bool Approved);

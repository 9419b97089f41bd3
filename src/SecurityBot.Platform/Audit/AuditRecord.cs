namespace SecurityBot.Platform.Audit;

/// <summary>What a feature asks the audit log to append (the log adds sequence, time and hashes).</summary>
/// <param name="EntityType">E.g. "RiskAcceptance".</param>
/// <param name="EntityId">E.g. "RA-000017".</param>
/// <param name="Action">E.g. "requested", "approved", "expired".</param>
/// <param name="ActorId">Object id of the person who acted; null for the system (timers).</param>
/// <param name="ActorName">Their name as the directory had it at the time.</param>
/// <param name="Details">Free text: comment, stage, score, new expiry...</param>
public sealed record AuditRecord(string EntityType, string EntityId, string Action, string? ActorId, string? ActorName, string? Details);

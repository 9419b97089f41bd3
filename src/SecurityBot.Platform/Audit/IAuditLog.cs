namespace SecurityBot.Platform.Audit;

/// <summary>
/// The tamper-evident audit log. <see cref="AppendAsync"/> adds to the caller's unit of work, so an event and its
/// audit entry commit together or not at all.
/// </summary>
public interface IAuditLog
{
    /// <summary>Appends an entry chained to the last one (committed by the caller's SaveChanges).</summary>
    Task<AuditEntry> AppendAsync(AuditRecord record, CancellationToken cancellationToken);

    /// <summary>The entries about one entity, oldest first.</summary>
    Task<IReadOnlyList<AuditEntry>> GetEntriesAsync(string entityType, string entityId, CancellationToken cancellationToken);

    /// <summary>Reads the whole chain and reports the first broken entry.</summary>
    Task<AuditVerification> VerifyAsync(CancellationToken cancellationToken);
}

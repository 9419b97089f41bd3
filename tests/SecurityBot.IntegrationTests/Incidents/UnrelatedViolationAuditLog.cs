using SecurityBot.Platform.Audit;
using SecurityBot.Platform.Conversations;
using SecurityBot.Platform.Persistence;
using SecurityBot.IntegrationTests.Persistence;

namespace SecurityBot.IntegrationTests.Incidents;

/// <summary>
/// The real audit log, plus a row that breaks a unique key no triage race involves (a second conversation reference
/// for <see cref="DuplicateAad"/>): the unit of work's commit then fails with an unrelated unique violation.
/// Counts the appends, i.e. the attempts.
/// </summary>
internal sealed class UnrelatedViolationAuditLog(EfAuditLog inner, SecurityBotDbContext db, TimeProvider time, AuditAppendCounter counter) : IAuditLog
{
    public const string DuplicateAad = "aad-already-stored";

    public async Task<AuditEntry> AppendAsync(AuditRecord record, CancellationToken cancellationToken)
    {
        counter.Appends++;
        db.Add(new ConversationReferenceRecord(SchemaTests.Snapshot(DuplicateAad), time.GetUtcNow()));
        return await inner.AppendAsync(record, cancellationToken);
    }

    public Task<IReadOnlyList<AuditEntry>> GetEntriesAsync(string entityType, string entityId, CancellationToken cancellationToken) =>
        inner.GetEntriesAsync(entityType, entityId, cancellationToken);

    public Task<AuditVerification> VerifyAsync(CancellationToken cancellationToken) => inner.VerifyAsync(cancellationToken);
}

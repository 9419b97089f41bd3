using Microsoft.EntityFrameworkCore;
using SecurityBot.Platform.Audit;
using SecurityBot.Platform.Files;
using SecurityBot.Platform.Persistence;
using SecurityBot.Platform.Results;

namespace SecurityBot.Incidents.Application;

/// <summary>
/// Sends a responder a copy of an evidence file, privately: a file consent card in their 1:1 chat (the platform's
/// <see cref="IFileOffers"/>), and an audit entry naming who took a copy of what — the chain of custody an auditor
/// asks for. Only those who may triage get one; the card's data names the file, the server decides.
/// </summary>
internal sealed class EvidenceCopies(IncidentStore store, IncidentPeople people, IFileOffers offers, IAuditLog audit)
{
    private static readonly CommitRetry CopyRetry = new(MaxAttempts: 3, VersionConflicts: false, PlatformUniqueKeys.AuditSequence, PlatformUniqueKeys.OutboxIdempotencyKey);

    public async Task<(UseCaseStatus Status, string Message)> SendAsync(long number, Guid evidenceId, IncidentActor responder, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(responder);
        if (!await people.CanTriageAsync(responder.Id, cancellationToken))
        {
            // The same answer as for a file that does not exist: forged card data learns nothing.
            return (UseCaseStatus.NotFound, "There is no such evidence you can see.");
        }

        return await CopyRetry.RunAsync(store.Db, async _ =>
        {
            var incident = await store.FindAsync(number, cancellationToken);
            if (incident?.Evidence.FirstOrDefault(e => e.Id == evidenceId) is not { } evidence)
            {
                return (UseCaseStatus.NotFound, "There is no such evidence you can see.");
            }

            var content = await store.Db.Set<EvidenceContent>().AsNoTracking().Where(c => c.EvidenceId == evidenceId).Select(c => c.Content).SingleAsync(cancellationToken);
            await offers.OfferAsync(responder.Id, evidence.FileName, "application/octet-stream", content,
                $"Evidence for {incident.DisplayNumber} from {evidence.AddedByName} (SHA-256 {evidence.Sha256}). Open it only in an isolated environment.",
                cancellationToken);
            await audit.AppendAsync(new AuditRecord(Incident.EntityType, incident.DisplayNumber, "evidence-copied", responder.Id, responder.Name,
                $"file {evidence.FileName}; sha256 {evidence.Sha256}; size {evidence.SizeInBytes}"), cancellationToken);
            await store.Db.SaveChangesAsync(cancellationToken);
            return (UseCaseStatus.Succeeded, $"A copy of {evidence.FileName} is waiting in your 1:1 chat with SecurityBot: allow the upload there. Open it only in an isolated environment.");
        });
    }
}

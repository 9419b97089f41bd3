using Microsoft.Extensions.Logging;
using SecurityBot.Platform.Contracts;
using SecurityBot.Platform.Persistence;
using SecurityBot.Platform.Results;

namespace SecurityBot.Incidents.Application;

/// <summary>
/// Attaches a reporter's file to their incident: the incident (its new evidence, hash indicator and timeline entry),
/// the file's bytes, the observers' rows and every card copy's update are saved by one SaveChanges. The same file sent
/// twice — even at once — is attached once.
/// </summary>
internal sealed partial class IncidentEvidenceService(
    IncidentStore store,
    IncidentPeople people,
    IncidentCardPublisher publisher,
    IncidentObservers observers,
    Microsoft.Extensions.Options.IOptions<IncidentOptions> options,
    TimeProvider time,
    ILogger<IncidentEvidenceService> logger)
{
    private static readonly CommitRetry AttachRetry = new(MaxAttempts: 3, VersionConflicts: true,
        IncidentUniqueKeys.EvidenceHash, IncidentUniqueKeys.TimelineSequence, PlatformUniqueKeys.OutboxIdempotencyKey, PlatformUniqueKeys.CardCopyLocation);

    /// <summary>
    /// Attaches <paramref name="file"/> to incident <paramref name="number"/> for <paramref name="reporter"/>. Not found
    /// (the same answer whether the number is unused or not theirs), refused (closed, not a reporter, already attached,
    /// full) or attached; nothing is saved unless attached.
    /// </summary>
    public async Task<(UseCaseStatus Status, string Message)> AttachAsync(long number, IncidentActor reporter, EvidenceFile file, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(reporter);
        ArgumentNullException.ThrowIfNull(file);
        var responders = await people.RespondersAsync(cancellationToken);
        return await AttachRetry.RunAsync(store.Db, async _ =>
        {
            var incident = await store.FindAsync(number, cancellationToken);
            if (incident is null || !incident.IsReporter(reporter.Id))
            {
                return (UseCaseStatus.NotFound, $"You have no report {IncidentNumber.Format(number)}.");
            }

            try
            {
                var evidence = incident.AddEvidence(file, reporter, options.Value.Evidence.MaxFilesPerIncident, time.GetUtcNow());
                store.Db.Add(new EvidenceContent(evidence.Id, file.Content));
                await observers.NotifyAsync(incident, IncidentChangeKind.EvidenceAdded, reporter, cancellationToken);
                await publisher.UpdateCopiesAsync(incident, responders, cancellationToken);
                await store.Db.SaveChangesAsync(cancellationToken);
            }
            catch (RefusalException refused)
            {
                store.Db.ChangeTracker.Clear();
                return (UseCaseStatus.Refused, refused.Message);
            }

            LogAttached(logger, incident.DisplayNumber, file.Content.LongLength);
            return (UseCaseStatus.Succeeded, $"Added to {incident.DisplayNumber}: {file.Name} (SHA-256 {file.Sha256}). The security team sees it on the incident.");
        });
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Evidence of {Size} bytes attached to {Incident}")]
    private static partial void LogAttached(ILogger logger, string incident, long size);
}

using System.Globalization;
using Microsoft.Extensions.Logging;
using SecurityBot.Platform.Audit;
using SecurityBot.Platform.Persistence;
using SecurityBot.Platform.Results;
using SecurityBot.Platform.Chat;

namespace SecurityBot.Incidents.Application;

/// <summary>
/// Responder actions. Order of checks: the incident exists; the actor may triage (directory, server-side — so
/// forged card data from anyone else changes nothing); the card's version is current (a stale card or a double click
/// is answered with what already happened); the incident's state allows it. Then one SaveChanges, with the audit
/// entry of the action; if another responder committed first, the version token makes it fail and the answer is
/// again "already … by X".
/// </summary>
internal sealed partial class IncidentTriage(
    IncidentStore store,
    IncidentPeople people,
    ActorResolver actors,
    IncidentCardPublisher publisher,
    IncidentEscalator escalator,
    IAuditLog audit,
    TimeProvider time,
    ILogger<IncidentTriage> logger)
{
    // A note lost to a concurrent change is added again to the incident as it now stands: notes never conflict.
    // Also bounds the retries of any action that lost only the race for the next audit sequence number. The keys are
    // the ones a concurrent change takes first; any other unique violation is a fault and is not retried.
    private static readonly CommitRetry TriageRetry = new(MaxAttempts: 5, VersionConflicts: true,
        PlatformUniqueKeys.AuditSequence, IncidentUniqueKeys.TimelineSequence, PlatformUniqueKeys.OutboxIdempotencyKey);

    public async Task<TriageResult> TriageAsync(TriageRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        // Both questions are asked whatever the answers, and someone who may not see the incident gets the very
        // answer a missing number gets: forged card data must not tell which numbers are in use.
        var incident = await store.FindAsync(request.Number, cancellationToken);
        var mayTriage = await people.CanTriageAsync(request.Actor.Id, cancellationToken);
        if (incident is null || (!mayTriage && !incident.IsReporter(request.Actor.Id)))
        {
            if (incident is not null)
            {
                LogForbidden(logger, request.Actor.Id, request.Action, incident.DisplayNumber);
            }

            return TriageResult.NotFound(request.Number);
        }

        if (!mayTriage)
        {
            // A reporter knows their incident exists; they are told why nothing changed, and see no more than before.
            LogForbidden(logger, request.Actor.Id, request.Action, incident.DisplayNumber);
            return new TriageResult(UseCaseStatus.Forbidden, "Only the security team and incident responders can triage incidents.", null);
        }

        // Notes never conflict with other changes, so they do not need a current card.
        if (request.Action != TriageAction.AddNote && request.ExpectedVersion != incident.Version)
        {
            return new TriageResult(UseCaseStatus.Stale, $"Nothing changed: this card was out of date. {incident.LastChangeDescription()}.", incident);
        }

        var actor = IncidentActor.From(await actors.ResolveAsync(request.Actor.Id, request.Actor.Name, cancellationToken));
        var responders = await people.RespondersAsync(cancellationToken);
        var loadedVersion = incident.Version;
        return await TriageRetry.RunAsync(store.Db, async _ =>
        {
            loadedVersion = incident.Version;
            try
            {
                var reporterNews = await ApplyAsync(incident, request, actor, responders, time.GetUtcNow(), cancellationToken);
                await audit.AppendAsync(AuditOf(request, incident, actor), cancellationToken);
                await publisher.UpdateCopiesAsync(incident, responders, cancellationToken);
                if (reporterNews is not null)
                {
                    foreach (var reporterId in incident.Reports.Select(r => r.ReporterId).Distinct(StringComparer.OrdinalIgnoreCase))
                    {
                        await publisher.SendNoticeAsync(incident, reporterId, $"Update on your report {incident.DisplayNumber}", reporterNews,
                            $"v{incident.Version}:reporter-update", cancellationToken);
                    }
                }

                await store.Db.SaveChangesAsync(cancellationToken);
            }
            catch (RefusalException refused)
            {
                return new TriageResult(UseCaseStatus.Refused, refused.Message, await ReloadAsync(request.Number, cancellationToken));
            }

            LogApplied(logger, request.Action, incident.DisplayNumber, incident.Version);
            return new TriageResult(UseCaseStatus.Succeeded, Describe(request.Action, incident), incident);
        }, async lost =>
        {
            // Someone else's change committed between our read and our write: the version token refused ours (or,
            // on PostgreSQL, their timeline position or notification key did, before the version check was reached).
            // A refusal with the incident unchanged is a fault and goes up to be logged — unless another writer (any
            // feature) took the next audit sequence number, or the dispatcher leased one of its unsent cards.
            var current = await store.FindAsync(request.Number, CancellationToken.None);
            if (current is null || current.Version == loadedVersion)
            {
                if (lost.IsVersionConflict || current is null)
                {
                    return RaceAnswer<TriageResult>.GiveUp;
                }

                incident = current;
                return RaceAnswer<TriageResult>.Retry;
            }

            if (request.Action == TriageAction.AddNote && lost.CanRetry)
            {
                LogNoteRetried(logger, current.DisplayNumber, lost.Attempt);
                incident = current;
                return RaceAnswer<TriageResult>.Retry;
            }

            return RaceAnswer<TriageResult>.With(new TriageResult(UseCaseStatus.Stale, $"Nothing changed: someone was faster. {current.LastChangeDescription()}.", current));
        });
    }

    /// <summary>Applies the action; returns what the reporter should be told, if anything.</summary>
    private async Task<string?> ApplyAsync(Incident incident, TriageRequest request, IncidentActor actor, ResponderSet responders, DateTimeOffset now,
        CancellationToken cancellationToken)
    {
        var wasNew = incident.Status == IncidentStatus.New;
        switch (request.Action)
        {
            case TriageAction.Acknowledge:
                incident.Acknowledge(actor, now);
                await escalator.CancelAsync(incident, cancellationToken);
                return $"The security team acknowledged your report ({actor.Name}). They will be in touch if they need anything.";
            case TriageAction.AssignToMe:
                incident.AssignTo(actor, now);
                await escalator.CancelAsync(incident, cancellationToken);
                return wasNew ? $"{actor.Name} from the security team is looking into your report." : null;
            case TriageAction.Escalate:
                await escalator.EscalateAsync(incident, actor, incident.EscalationStep + 1, responders, cancellationToken);
                return null;
            case TriageAction.Resolve:
                incident.Resolve(actor, request.Note, now);
                await escalator.CancelAsync(incident, cancellationToken);
                return "Your report was handled and the incident is resolved. Thank you for reporting it.";
            case TriageAction.Dismiss:
                incident.Dismiss(actor, request.Note, now);
                await escalator.CancelAsync(incident, cancellationToken);
                return "The security team looked at your report and found no threat. Thank you for reporting it — keep doing so.";
            case TriageAction.AddNote:
                incident.AddNote(actor, request.Note ?? string.Empty, now);
                return null;
            default:
                throw new ArgumentOutOfRangeException(nameof(request), request.Action, "Unknown triage action.");
        }
    }

    private async Task<Incident?> ReloadAsync(long number, CancellationToken cancellationToken)
    {
        store.Db.ChangeTracker.Clear();
        return await store.FindAsync(number, cancellationToken);
    }

    /// <summary>The audit entry of an applied action (the note, when there is one, is part of the record).</summary>
    private static AuditRecord AuditOf(TriageRequest request, Incident incident, IncidentActor actor)
    {
        var action = request.Action switch
        {
            TriageAction.Acknowledge => "acknowledged",
            TriageAction.AssignToMe => "assigned",
            TriageAction.Escalate => "escalated",
            TriageAction.Resolve => "resolved",
            TriageAction.Dismiss => "dismissed",
            _ => "note-added",
        };
        var details = string.Create(CultureInfo.InvariantCulture, $"status {incident.Status}; severity {incident.Severity}; version {incident.Version}")
            + (string.IsNullOrEmpty(request.Note) ? string.Empty : "; note: " + request.Note);
        return new AuditRecord(Incident.EntityType, incident.DisplayNumber, action, actor.Id, actor.Name, details);
    }

    private static string Describe(TriageAction action, Incident incident) => action switch
    {
        TriageAction.Acknowledge => $"You acknowledged {incident.DisplayNumber}.",
        TriageAction.AssignToMe => $"{incident.DisplayNumber} is assigned to you.",
        TriageAction.Escalate => $"{incident.DisplayNumber} was escalated (step {incident.EscalationStep}).",
        TriageAction.Resolve => $"{incident.DisplayNumber} is resolved.",
        TriageAction.Dismiss => $"{incident.DisplayNumber} was dismissed as a false positive.",
        _ => $"Note added to {incident.DisplayNumber}.",
    };

    [LoggerMessage(Level = LogLevel.Warning, Message = "User {UserId} may not triage; {Action} on {Incident} refused")]
    private static partial void LogForbidden(ILogger logger, string userId, TriageAction action, string incident);

    [LoggerMessage(Level = LogLevel.Information, Message = "A concurrent change to {Incident} refused a note (attempt {Attempt}); adding it to the incident as it now stands")]
    private static partial void LogNoteRetried(ILogger logger, string incident, int attempt);

    [LoggerMessage(Level = LogLevel.Information, Message = "{Action} applied to {Incident} (now version {Version})")]
    private static partial void LogApplied(ILogger logger, TriageAction action, string incident, long version);
}

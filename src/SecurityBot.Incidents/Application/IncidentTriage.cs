using System.Globalization;
using Microsoft.Extensions.Logging;
using SecurityBot.Platform.Audit;
using SecurityBot.Platform.Persistence;
using SecurityBot.Platform.Results;
using SecurityBot.Platform.Chat;
using SecurityBot.Platform.Contracts;
using SecurityBot.Incidents.Teams.Resources;

namespace SecurityBot.Incidents.Application;

/// <summary>
/// Responder actions. Order of checks: the incident exists; the actor may triage (directory, server-side — so
/// forged card data from anyone else changes nothing); the card's version is current (a stale card or a double click
/// is answered with what already happened); the incident's state allows it. Then one SaveChanges, with the audit
/// entry of the action and whatever the incident observers add; if another responder committed first, the version
/// token makes it fail and the answer is again "already … by X" (a request from no card is applied again instead,
/// to the incident as it then stands).
/// </summary>
internal sealed partial class IncidentTriage(
    IncidentStore store,
    IncidentPeople people,
    ActorResolver actors,
    IncidentCardPublisher publisher,
    IncidentEscalator escalator,
    IncidentRouting routing,
    IncidentObservers observers,
    AcknowledgementSla sla,
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
        if (request.Action != TriageAction.AddNote && request.ExpectedVersion is { } expected && expected != incident.Version)
        {
            return new TriageResult(UseCaseStatus.Stale, $"Nothing changed: this card was out of date. {incident.LastChangeDescription()}.", incident);
        }

        var (assignee, refusal) = await CheckArgumentsAsync(request, cancellationToken);
        if (refusal is not null)
        {
            return new TriageResult(UseCaseStatus.Refused, refusal, incident);
        }

        var actor = IncidentActor.From(await actors.ResolveAsync(request.Actor.Id, request.Actor.Name, cancellationToken));
        var responders = await people.RespondersAsync(cancellationToken);
        var loadedVersion = incident.Version;
        return await TriageRetry.RunAsync(store.Db, async _ =>
        {
            loadedVersion = incident.Version;
            try
            {
                var reporterNews = await ApplyAsync(incident, request, actor, assignee, responders, time.GetUtcNow(), cancellationToken);
                await observers.NotifyAsync(incident, ChangeOf(request.Action), actor, cancellationToken);
                await audit.AppendAsync(AuditOf(request, incident, actor), cancellationToken);
                await publisher.UpdateCopiesAsync(incident, responders, cancellationToken);
                if (reporterNews is not null)
                {
                    foreach (var reporterId in incident.PersonReporterIds)
                    {
                        await publisher.SendReporterNewsAsync(incident, reporterId, reporterNews, $"v{incident.Version}:reporter-update", cancellationToken);
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

            // A note, or a request from no card, is not about the version it saw: it goes to the incident as it now is.
            if ((request.Action == TriageAction.AddNote || request.ExpectedVersion is null) && lost.CanRetry)
            {
                LogNoteRetried(logger, current.DisplayNumber, lost.Attempt);
                incident = current;
                return RaceAnswer<TriageResult>.Retry;
            }

            return RaceAnswer<TriageResult>.With(new TriageResult(UseCaseStatus.Stale, $"Nothing changed: someone was faster. {current.LastChangeDescription()}.", current));
        });
    }

    /// <summary>Applies the action; returns what the reporter should be told, if anything.</summary>
    private async Task<ReporterNews?> ApplyAsync(Incident incident, TriageRequest request, IncidentActor actor, IncidentActor? assignee, ResponderSet responders,
        DateTimeOffset now, CancellationToken cancellationToken)
    {
        var wasNew = incident.Status == IncidentStatus.New;
        switch (request.Action)
        {
            case TriageAction.Acknowledge:
                incident.Acknowledge(actor, now);
                await escalator.CancelAsync(incident, cancellationToken);
                return new(nameof(IncidentTexts.News_Acknowledged), actor.Name);
            case TriageAction.AssignToMe:
                incident.AssignTo(actor, now);
                await escalator.CancelAsync(incident, cancellationToken);
                return wasNew ? new(nameof(IncidentTexts.News_LookingInto), actor.Name) : null;
            case TriageAction.Escalate:
                await escalator.EscalateAsync(incident, actor, incident.EscalationStep + 1, responders, cancellationToken);
                return null;
            case TriageAction.Resolve:
                incident.Resolve(actor, request.Note, now);
                await escalator.CancelAsync(incident, cancellationToken);
                return new(nameof(IncidentTexts.News_Resolved));
            case TriageAction.Dismiss:
                incident.Dismiss(actor, request.Note, now);
                await escalator.CancelAsync(incident, cancellationToken);
                return new(nameof(IncidentTexts.News_Dismissed));
            case TriageAction.AddNote:
                incident.AddNote(actor, request.Note ?? string.Empty, now);
                return null;
            case TriageAction.Assign:
                incident.Assign(assignee!, actor, now);
                await escalator.CancelAsync(incident, cancellationToken);
                return wasNew ? new(nameof(IncidentTexts.News_LookingInto), assignee!.Name) : null;
            case TriageAction.ChangeSeverity:
                var before = incident.Severity;
                if (incident.ChangeSeverity(request.Severity!.Value, actor, sla, now))
                {
                    await escalator.RescheduleAsync(incident, incident.AcknowledgeBy, cancellationToken);
                }

                if (incident.Severity > before)
                {
                    // As when a related report raises it: the higher severity may reach more people.
                    await routing.RouteAsync(incident, responders, cancellationToken);
                }

                return null;
            default:
                throw new ArgumentOutOfRangeException(nameof(request), request.Action, "Unknown triage action.");
        }
    }

    /// <summary>The assignee (who must be able to triage) or the severity an action needs; a refusal when it is missing or not allowed.</summary>
    private async Task<(IncidentActor? Assignee, string? Refusal)> CheckArgumentsAsync(TriageRequest request, CancellationToken cancellationToken)
    {
        switch (request.Action)
        {
            case TriageAction.Assign when string.IsNullOrWhiteSpace(request.AssigneeId):
                return (null, "Say who to assign the incident to.");
            case TriageAction.Assign:
                var assignee = IncidentActor.From(await actors.ResolveAsync(request.AssigneeId!, null, cancellationToken));
                return await people.CanTriageAsync(assignee.Id, cancellationToken)
                    ? (assignee, null)
                    : (null, $"Nothing changed: {assignee.Name} cannot be assigned incidents — only the security team and incident responders can.");
            case TriageAction.ChangeSeverity when request.Severity is not { } severity || !Enum.IsDefined(severity):
                return (null, "Say which severity: Low, Medium, High or Critical.");
            default:
                return (null, null);
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
            TriageAction.Assign => "assigned",
            TriageAction.ChangeSeverity => "severity-changed",
            _ => "note-added",
        };
        var details = string.Create(CultureInfo.InvariantCulture, $"status {incident.Status}; severity {incident.Severity}; version {incident.Version}")
            + (request.Action == TriageAction.Assign ? $"; assignee {incident.AssigneeId} ({incident.AssigneeName})" : string.Empty)
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
        TriageAction.Assign => $"{incident.DisplayNumber} is assigned to {incident.AssigneeName}.",
        TriageAction.ChangeSeverity => $"{incident.DisplayNumber} is now {incident.Severity}.",
        _ => $"Note added to {incident.DisplayNumber}.",
    };

    private static IncidentChangeKind ChangeOf(TriageAction action) => action switch
    {
        TriageAction.Acknowledge => IncidentChangeKind.Acknowledged,
        TriageAction.AssignToMe or TriageAction.Assign => IncidentChangeKind.Assigned,
        TriageAction.Escalate => IncidentChangeKind.Escalated,
        TriageAction.Resolve => IncidentChangeKind.Resolved,
        TriageAction.Dismiss => IncidentChangeKind.Dismissed,
        TriageAction.ChangeSeverity => IncidentChangeKind.SeverityChanged,
        _ => IncidentChangeKind.NoteAdded,
    };

    [LoggerMessage(Level = LogLevel.Warning, Message = "User {UserId} may not triage; {Action} on {Incident} refused")]
    private static partial void LogForbidden(ILogger logger, string userId, TriageAction action, string incident);

    [LoggerMessage(Level = LogLevel.Information, Message = "A concurrent change to {Incident} refused a note (attempt {Attempt}); adding it to the incident as it now stands")]
    private static partial void LogNoteRetried(ILogger logger, string incident, int attempt);

    [LoggerMessage(Level = LogLevel.Information, Message = "{Action} applied to {Incident} (now version {Version})")]
    private static partial void LogApplied(ILogger logger, TriageAction action, string incident, long version);
}

using Microsoft.Extensions.Logging;
using SecurityBot.Platform.Routing;
using SecurityBot.Platform.Persistence;
using SecurityBot.Platform.Chat;
using SecurityBot.Platform.Contracts;

namespace SecurityBot.Incidents.Application;

/// <summary>
/// Reporting and lookups. A report is validated first (nothing is written for bad input), then either linked to an
/// open incident sharing an indicator or opened as a new one; the incident, timeline, cards, notices, escalation
/// timer and whatever the incident observers add are saved by one SaveChanges.
/// </summary>
internal sealed partial class IncidentService(
    IncidentStore store,
    IncidentPeople people,
    ActorResolver actors,
    IncidentCardPublisher publisher,
    IncidentEscalator escalator,
    IncidentTriage triage,
    IncidentRouting routing,
    IncidentObservers observers,
    AcknowledgementSla sla,
    IncidentCorrelationLock correlation,
    TimeProvider time,
    ILogger<IncidentService> logger) : IIncidentService
{
    private static readonly CommitRetry ReportRetry = new(MaxAttempts: 3, VersionConflicts: true,
        IncidentUniqueKeys.Number, IncidentUniqueKeys.SubmissionKey, IncidentUniqueKeys.TimelineSequence, PlatformUniqueKeys.OutboxIdempotencyKey,
        PlatformUniqueKeys.CardCopyLocation);

    public async Task<ReportIncidentResult> ReportAsync(ReportIncidentRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var now = time.GetUtcNow();
        if (!IncidentReportDraft.TryCreate(request.Category, request.Description, request.OccurredOn, request.AffectedSystem, request.Evidence,
                request.Clicked, DateOnly.FromDateTime(now.UtcDateTime), out var draft, out var errors))
        {
            return ReportIncidentResult.Invalid(errors);
        }

        var origin = request.Origin ?? ReportOrigin.Person;
        var (reporter, privileged) = await ReporterAsync(request.Reporter, origin, cancellationToken);
        var indicators = IndicatorExtractor.Extract(draft.AllText + "\n" + origin.Message?.Text);
        var responders = await people.RespondersAsync(cancellationToken);

        using var correlating = await correlation.EnterProcessAsync(cancellationToken);
        return await ReportRetry.RunAsync(store.Db, async _ =>
        {
            await using var acrossInstances = await correlation.BeginAcrossInstancesAsync(store.Db, cancellationToken);
            if (request.SubmissionKey is { } key && await store.FindBySubmissionAsync(key, cancellationToken) is { } already)
            {
                // The same form submitted again (double click, redelivery): checked under the correlation lock, so
                // the first submit has committed; on another path the unique key refuses the insert and the retry
                // lands here.
                LogAlreadyReported(logger, already.DisplayNumber);
                return ReportIncidentResult.Reported(already, !string.Equals(already.ReporterId, reporter.Id, StringComparison.OrdinalIgnoreCase), repeated: true);
            }

            var related = await store.FindRelatedAsync(indicators, now, cancellationToken);
            var incident = related is not null
                ? await LinkAsync(related, draft, reporter, privileged, indicators, request, responders, now, cancellationToken)
                : await OpenAsync(draft, reporter, privileged, indicators, request, responders, now, cancellationToken);
            await store.Db.SaveChangesAsync(cancellationToken);
            if (acrossInstances is not null)
            {
                await acrossInstances.CommitAsync(cancellationToken);
            }

            LogReported(logger, incident.DisplayNumber, incident.Severity, related is not null);
            return ReportIncidentResult.Reported(incident, linkedToExisting: related is not null);
        }, lost =>
        {
            // The related incident changed while we linked to it (version token, or on PostgreSQL a timeline position
            // or notification key taken by the concurrent change), or another report took the number, submitted
            // the same form or recorded the same card: start again from the database.
            if (lost.CanRetry)
            {
                LogReportRetried(logger, lost.Attempt, lost.Error.GetType().Name);
            }

            return Task.FromResult(RaceAnswer<ReportIncidentResult>.Retry);
        });
    }

    private async Task<(IncidentActor Reporter, bool Privileged)> ReporterAsync(IncidentActor claimed, ReportOrigin origin, CancellationToken cancellationToken)
    {
        if (!origin.ByPerson)
        {
            // A SIEM is not in the directory: asking for its manager or job title would only fail.
            return (claimed, false);
        }

        var resolved = await actors.ResolveAsync(claimed.Id, claimed.Name, cancellationToken);
        var reporter = IncidentActor.From(resolved);
        return (reporter, await people.IsPrivilegedAsync(reporter.Id, resolved.Entry, cancellationToken));
    }

    public Task<TriageResult> TriageAsync(TriageRequest request, CancellationToken cancellationToken) => triage.TriageAsync(request, cancellationToken);

    public async Task<Incident?> FindVisibleAsync(long number, string viewerId, CancellationToken cancellationToken)
    {
        var incident = await store.FindAsync(number, cancellationToken);
        if (incident is null)
        {
            return null;
        }

        return incident.IsReporter(viewerId) || await people.CanTriageAsync(viewerId, cancellationToken) ? incident : null;
    }

    public Task<IReadOnlyList<Incident>> ListOpenReportedByAsync(string reporterId, int max, CancellationToken cancellationToken) =>
        store.ListOpenReportedByAsync(reporterId, max, cancellationToken);

    private async Task<Incident> OpenAsync(IncidentReportDraft draft, IncidentActor reporter, bool privileged, IReadOnlyList<Indicator> indicators,
        ReportIncidentRequest request, ResponderSet responders, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var severity = SeverityRules.Assess(draft.Category, draft.Clicked, privileged, 0, request.Origin?.Alert?.Severity).Severity;
        var number = await store.NextNumberAsync(cancellationToken);
        var origin = request.Origin ?? ReportOrigin.Person;
        var incident = Incident.Open(number, draft, reporter, privileged, indicators, now, sla.DueAt(severity, now), request.SubmissionKey, origin);
        store.Db.Add(incident);

        await ConfirmToReporterAsync(incident, reporter.Id, request, responders, "confirmation", cancellationToken);
        await routing.RouteAsync(incident, responders, cancellationToken);
        await escalator.ScheduleFirstAsync(incident, cancellationToken);
        await observers.NotifyAsync(incident, IncidentChangeKind.Reported, reporter, cancellationToken);
        return incident;
    }

    private async Task<Incident> LinkAsync(Incident incident, IncidentReportDraft draft, IncidentActor reporter, bool privileged,
        IReadOnlyList<Indicator> indicators, ReportIncidentRequest request, ResponderSet responders, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var raised = incident.AddRelatedReport(draft, reporter, privileged, indicators, now, request.SubmissionKey, request.Origin);
        await ConfirmToReporterAsync(incident, reporter.Id, request, responders, $"confirmation{incident.ReportCount}", cancellationToken);
        if (raised)
        {
            // A higher severity may reach more people (manager, lead, CSO); the idempotency keys skip those already told.
            await routing.RouteAsync(incident, responders, cancellationToken);
            if (incident.TightenDeadline(sla))
            {
                // The shorter SLA of the new severity counts from the first report.
                await escalator.RescheduleAsync(incident, incident.AcknowledgeBy, cancellationToken);
            }
        }

        await publisher.UpdateCopiesAsync(incident, responders, cancellationToken);
        await observers.NotifyAsync(incident, IncidentChangeKind.RelatedReport, reporter, cancellationToken);
        if (raised)
        {
            await observers.NotifyAsync(incident, IncidentChangeKind.SeverityChanged, IncidentActor.System, cancellationToken);
        }

        return incident;
    }

    private async Task ConfirmToReporterAsync(Incident incident, string reporterId, ReportIncidentRequest request, ResponderSet responders, string purpose,
        CancellationToken cancellationToken)
    {
        if (request.Origin is { ByPerson: false })
        {
            return;
        }

        if (request.ConfirmationCard is { } shownCard)
        {
            await publisher.RecordShownCardAsync(incident, shownCard, cancellationToken);
        }
        else
        {
            await publisher.SendCardAsync(incident, reporterId, responders, purpose, cancellationToken);
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Incident {Incident} reported (severity {Severity}, linked to an existing incident: {Linked})")]
    private static partial void LogReported(ILogger logger, string incident, IncidentSeverity severity, bool linked);

    [LoggerMessage(Level = LogLevel.Information, Message = "A report form was submitted again (double click or redelivery); answered with {Incident}, nothing stored")]
    private static partial void LogAlreadyReported(ILogger logger, string incident);

    [LoggerMessage(Level = LogLevel.Information, Message = "A concurrent change refused report attempt {Attempt} ({Error}); trying again from the database")]
    private static partial void LogReportRetried(ILogger logger, int attempt, string error);
}

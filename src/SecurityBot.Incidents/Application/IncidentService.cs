using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using SecurityBot.Platform.Routing;
using SecurityBot.Platform.Conversations;
using SecurityBot.Platform.Persistence;

namespace SecurityBot.Incidents.Application;

/// <summary>
/// Reporting and lookups. A report is validated first (nothing is written for bad input), then either linked to an
/// open incident sharing an indicator or opened as a new one; the incident, timeline, cards, notices and escalation
/// timer are saved by one SaveChanges.
/// </summary>
internal sealed partial class IncidentService(
    IncidentStore store,
    IncidentPeople people,
    IncidentCardPublisher publisher,
    IncidentEscalator escalator,
    IncidentTriage triage,
    IRecipientRouter router,
    AcknowledgementSla sla,
    IncidentCorrelationLock correlation,
    TimeProvider time,
    ILogger<IncidentService> logger) : IIncidentService
{
    private const int MaxAttempts = 3;

    public async Task<ReportIncidentResult> ReportAsync(ReportIncidentRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var now = time.GetUtcNow();
        if (!IncidentReportDraft.TryCreate(request.Category, request.Description, request.OccurredOn, request.AffectedSystem, request.Evidence,
                request.Clicked, DateOnly.FromDateTime(now.UtcDateTime), out var draft, out var errors))
        {
            return new ReportIncidentResult(null, false, errors);
        }

        var (reporter, user) = await people.ResolveAsync(request.Reporter, cancellationToken);
        var privileged = await people.IsPrivilegedAsync(reporter.Id, user, cancellationToken);
        var indicators = IndicatorExtractor.Extract(draft!.AllText);
        var responders = await people.RespondersAsync(cancellationToken);

        using var correlating = await correlation.EnterProcessAsync(cancellationToken);
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                await using var acrossInstances = await correlation.BeginAcrossInstancesAsync(store.Db, cancellationToken);
                if (request.SubmissionKey is { } key && await store.FindBySubmissionAsync(key, cancellationToken) is { } already)
                {
                    // The same form submitted again (double click, redelivery): checked under the correlation lock, so
                    // the first submit has committed; on another path the unique key refuses the insert and the retry
                    // below lands here.
                    LogAlreadyReported(logger, already.DisplayNumber);
                    return new ReportIncidentResult(already, !string.Equals(already.ReporterId, reporter.Id, StringComparison.OrdinalIgnoreCase),
                        new Dictionary<string, string>());
                }

                var result = await store.FindRelatedAsync(indicators, now, cancellationToken) is { } related
                    ? await LinkAsync(related, draft, reporter, privileged, indicators, request, responders, now, cancellationToken)
                    : await OpenAsync(draft, reporter, privileged, indicators, request, responders, now, cancellationToken);
                await store.Db.SaveChangesAsync(cancellationToken);
                if (acrossInstances is not null)
                {
                    await acrossInstances.CommitAsync(cancellationToken);
                }

                LogReported(logger, result.Incident!.DisplayNumber, result.Incident.Severity, result.LinkedToExisting);
                return result;
            }
            catch (DbUpdateException ex) when (attempt < MaxAttempts && (ex is DbUpdateConcurrencyException || DbErrors.IsUniqueViolation(ex)))
            {
                // The related incident changed while we linked to it (version token, or on PostgreSQL a notification key
                // taken by the concurrent change), or another report took the number: start again from the database.
                LogReportRetried(logger, attempt, ex.GetType().Name);
                store.Db.ChangeTracker.Clear();
            }
        }
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

    private async Task<ReportIncidentResult> OpenAsync(IncidentReportDraft draft, IncidentActor reporter, bool privileged, IReadOnlyList<Indicator> indicators,
        ReportIncidentRequest request, ResponderSet responders, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var severity = SeverityRules.Assess(draft.Category, draft.Clicked, privileged, 0).Severity;
        var number = await store.NextNumberAsync(cancellationToken);
        var incident = Incident.Open(number, draft, reporter, privileged, indicators, now, sla.DueAt(severity, now), request.SubmissionKey);
        store.Db.Add(incident);

        await ConfirmToReporterAsync(incident, reporter.Id, request.ConfirmationCard, responders, "confirmation", cancellationToken);
        await RouteAsync(incident, responders, cancellationToken);
        await escalator.ScheduleFirstAsync(incident, cancellationToken);
        return new ReportIncidentResult(incident, false, new Dictionary<string, string>());
    }

    private async Task<ReportIncidentResult> LinkAsync(Incident incident, IncidentReportDraft draft, IncidentActor reporter, bool privileged,
        IReadOnlyList<Indicator> indicators, ReportIncidentRequest request, ResponderSet responders, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var raised = incident.AddRelatedReport(draft, reporter, privileged, indicators, now, request.SubmissionKey);
        await ConfirmToReporterAsync(incident, reporter.Id, request.ConfirmationCard, responders, $"confirmation{incident.ReportCount}", cancellationToken);
        if (raised)
        {
            // A higher severity may reach more people (manager, lead, CSO); the idempotency keys skip those already told.
            await RouteAsync(incident, responders, cancellationToken);
            if (incident.Status == IncidentStatus.New && sla.DueAt(incident.Severity, incident.ReportedAt) < incident.AcknowledgeBy)
            {
                // The shorter SLA of the new severity counts from the first report.
                incident.TightenDeadline(sla.DueAt(incident.Severity, incident.ReportedAt));
                await escalator.RescheduleAsync(incident, incident.AcknowledgeBy, cancellationToken);
            }
        }

        await publisher.UpdateCopiesAsync(incident, responders, cancellationToken);
        return new ReportIncidentResult(incident, true, new Dictionary<string, string>());
    }

    private async Task ConfirmToReporterAsync(Incident incident, string reporterId, CardLocation? shownCard, ResponderSet responders, string purpose,
        CancellationToken cancellationToken)
    {
        if (shownCard is not null)
        {
            await publisher.RecordShownCardAsync(incident, shownCard, reporterId, cancellationToken);
        }
        else
        {
            await publisher.SendCardAsync(incident, reporterId, responders, purpose, cancellationToken);
        }
    }

    private async Task RouteAsync(Incident incident, ResponderSet responders, CancellationToken cancellationToken)
    {
        var decision = await router.RouteIncidentAsync(new IncidentRoutingRequest(incident.ReporterId, incident.Severity, incident.Category.Key()), cancellationToken);
        foreach (var recipient in decision.Recipients)
        {
            await publisher.SendCardAsync(incident, recipient.User.Id, responders, "card", cancellationToken);
        }

        if (decision.ChannelConversationId is { } channel)
        {
            var serviceUrl = await store.Db.Set<ConversationReferenceRecord>()
                .Where(r => r.ConversationId == channel).Select(r => r.ServiceUrl).FirstOrDefaultAsync(cancellationToken);
            if (serviceUrl is null)
            {
                LogChannelUnknown(logger, incident.DisplayNumber);
            }
            else
            {
                await publisher.SendChannelCardAsync(incident, channel, serviceUrl, responders, cancellationToken);
            }
        }

        if (!decision.HasRecipients)
        {
            LogNobody(logger, incident.DisplayNumber, string.Join(" ", decision.Notes));
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Incident {Incident} reported (severity {Severity}, linked to an existing incident: {Linked})")]
    private static partial void LogReported(ILogger logger, string incident, IncidentSeverity severity, bool linked);

    [LoggerMessage(Level = LogLevel.Information, Message = "A report form was submitted again (double click or redelivery); answered with {Incident}, nothing stored")]
    private static partial void LogAlreadyReported(ILogger logger, string incident);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Incident {Incident}: the security channel has no stored conversation reference yet (add the bot to the channel); the channel copy is skipped")]
    private static partial void LogChannelUnknown(ILogger logger, string incident);

    [LoggerMessage(Level = LogLevel.Information, Message = "A concurrent change refused report attempt {Attempt} ({Error}); trying again from the database")]
    private static partial void LogReportRetried(ILogger logger, int attempt, string error);

    [LoggerMessage(Level = LogLevel.Error, Message = "Incident {Incident} reached nobody: {Notes}")]
    private static partial void LogNobody(ILogger logger, string incident, string notes);
}

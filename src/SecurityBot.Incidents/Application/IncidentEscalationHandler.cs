using System.Globalization;
using Microsoft.Extensions.Logging;
using SecurityBot.Platform.Audit;
using SecurityBot.Platform.Contracts;
using SecurityBot.Platform.Timers;

namespace SecurityBot.Incidents.Application;

/// <summary>
/// Fires when an acknowledgement SLA passes: an incident still New climbs one step; anything else stops the chain.
/// Runs in the scheduler's transaction, which saves the incident, notifications, next timer and whatever the incident
/// observers add with the fired mark.
/// </summary>
internal sealed partial class IncidentEscalationHandler(
    IncidentStore store,
    IncidentPeople people,
    IncidentEscalator escalator,
    IncidentCardPublisher publisher,
    IncidentObservers observers,
    IAuditLog audit,
    ILogger<IncidentEscalationHandler> logger) : ITimerHandler
{
    public string Kind => IncidentEscalator.TimerKind;

    public async Task HandleAsync(DueTimer timer, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(timer);
        if (!IncidentNumber.TryParse(timer.EntityId, out var number) || await store.FindAsync(number, cancellationToken) is not { } incident)
        {
            LogMissing(logger, timer.EntityId);
            return;
        }

        var step = EscalationPayload.Parse(timer.PayloadJson).Step;
        if (incident.Status != IncidentStatus.New || incident.EscalationStep >= step)
        {
            // Acknowledged (or already escalated this far by a responder): the chain stops here.
            LogStopped(logger, incident.DisplayNumber, incident.Status, step);
            return;
        }

        var responders = await people.RespondersAsync(cancellationToken);
        await escalator.EscalateAsync(incident, IncidentActor.System, step, responders, cancellationToken);
        await publisher.UpdateCopiesAsync(incident, responders, cancellationToken);
        await observers.NotifyAsync(incident, IncidentChangeKind.Escalated, IncidentActor.System, cancellationToken);
        // Same unit of work as the escalation; a lost race for the audit sequence fails the firing, which the scheduler retries.
        await audit.AppendAsync(new AuditRecord(Incident.EntityType, incident.DisplayNumber, "escalated", null, null,
            string.Create(CultureInfo.InvariantCulture, $"acknowledgement SLA passed; step {step}; severity {incident.Severity}; version {incident.Version}")), cancellationToken);
        LogEscalated(logger, incident.DisplayNumber, step);
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Escalation timer for unknown incident {Incident}; ignored")]
    private static partial void LogMissing(ILogger logger, string incident);

    [LoggerMessage(Level = LogLevel.Information, Message = "Escalation of {Incident} stopped at step {Step}: status {Status}")]
    private static partial void LogStopped(ILogger logger, string incident, IncidentStatus status, int step);

    [LoggerMessage(Level = LogLevel.Information, Message = "{Incident} escalated to step {Step}")]
    private static partial void LogEscalated(ILogger logger, string incident, int step);
}

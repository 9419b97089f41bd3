using System.Globalization;
using Microsoft.Extensions.Logging;
using SecurityBot.Incidents.Teams.Resources;
using SecurityBot.Platform.Audit;
using SecurityBot.Platform.Contracts;
using SecurityBot.Platform.Notifications;

namespace SecurityBot.Incidents.Application;

/// <summary>
/// An escalation card could not be delivered (the person blocked SecurityBot or the app was removed). When NOBODY the
/// step went to can be reached and the incident still waits at that step unacknowledged, it climbs to the next step
/// now instead of after another SLA, and the reporter is told who has it. One reachable person at the step keeps it
/// there (they have the card); at the top of the chain nothing climbs, and the security team's unreachable notice is
/// what is left. Runs in the outbox's durable step and decides from the current state, so a repeat changes nothing.
/// </summary>
internal sealed partial class IncidentUndeliverableHandler(
    IncidentStore store,
    IncidentPeople people,
    IncidentEscalator escalator,
    IncidentCardPublisher publisher,
    IncidentObservers observers,
    Reachability reachability,
    IAuditLog audit,
    ILogger<IncidentUndeliverableHandler> logger) : IUndeliverableHandler
{
    public string EntityType => Incident.EntityType;

    public async Task HandleAsync(UndeliverableMessage message, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(message);
        if (EscalationStepOf(message) is not { } step
            || !IncidentNumber.TryParse(message.Entity.Id, out var number)
            || await store.FindAsync(number, cancellationToken) is not { } incident
            || incident.Status != IncidentStatus.New || incident.EscalationStep != step || step >= escalator.LastStep)
        {
            // Not an escalation card, or the incident has moved on (acknowledged, escalated further, top of the chain).
            return;
        }

        var stepPeople = await escalator.StepPeopleAsync(incident, step, cancellationToken);
        var unreachable = await reachability.UnreachableAmongAsync(stepPeople.Select(p => p.Id), cancellationToken);
        if (stepPeople.Count == 0 || stepPeople.Any(p => !unreachable.Contains(p.Id)))
        {
            LogStays(logger, incident.DisplayNumber, step);
            return;
        }

        var names = string.Join(", ", stepPeople.Select(p => p.DisplayName));
        var responders = await people.RespondersAsync(cancellationToken);
        var toWhom = await escalator.EscalateAsync(incident, IncidentActor.System, step + 1, responders, cancellationToken,
            why: $"{names} could not be reached");
        await publisher.UpdateCopiesAsync(incident, responders, cancellationToken);
        await observers.NotifyAsync(incident, IncidentChangeKind.Escalated, IncidentActor.System, cancellationToken);
        if (incident.OpenedByPerson)
        {
            await publisher.SendReporterNewsAsync(incident, incident.ReporterId, new ReporterNews(nameof(IncidentTexts.News_MovedOn), names, toWhom),
                $"escalation{step + 1}:unreachable", cancellationToken);
        }

        await audit.AppendAsync(new AuditRecord(Incident.EntityType, incident.DisplayNumber, "escalated", null, null,
            string.Create(CultureInfo.InvariantCulture, $"step {step}'s people could not be reached (Teams refused delivery); step {step + 1}; severity {incident.Severity}; version {incident.Version}")), cancellationToken);
        LogMovedOn(logger, incident.DisplayNumber, step + 1);
    }

    // The escalation card's key is "incident:{number}:escalation{step}:{recipient}" (IncidentCardPublisher.SendCardAsync).
    private static int? EscalationStepOf(UndeliverableMessage message)
    {
        var parts = message.IdempotencyKey.Split(':');
        const string prefix = "escalation";
        return parts.Length == 4 && parts[0] == "incident" && parts[1] == message.Entity.Id
               && string.Equals(parts[3], message.RecipientAadObjectId, StringComparison.OrdinalIgnoreCase)
               && parts[2].StartsWith(prefix, StringComparison.Ordinal)
               && int.TryParse(parts[2].AsSpan(prefix.Length), NumberStyles.None, CultureInfo.InvariantCulture, out var step) && step > 0
            ? step
            : null;
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "{Incident}: nobody at the escalation step before could be reached; escalated to step {Step}")]
    private static partial void LogMovedOn(ILogger logger, string incident, int step);

    [LoggerMessage(Level = LogLevel.Information, Message = "{Incident}: an escalation card was not delivered; step {Step} still has someone who can be reached")]
    private static partial void LogStays(ILogger logger, string incident, int step);
}

using System.Globalization;
using Microsoft.Extensions.Options;
using SecurityBot.Platform.Directory;
using SecurityBot.Platform.Routing;
using SecurityBot.Platform.Timers;

namespace SecurityBot.Incidents.Application;

/// <summary>
/// One step up the escalation chain (Routing:EscalationChain), for the timer (SLA passed unacknowledged) and for a
/// responder's Escalate button: route the step, record it, tell the step's people and the reporter's manager chain
/// (High and Critical), schedule the next step — all in the caller's unit of work.
/// </summary>
internal sealed class IncidentEscalator(
    IRecipientRouter router,
    IDirectory directory,
    ITimerScheduler timers,
    IncidentCardPublisher publisher,
    AcknowledgementSla sla,
    IOptions<RoutingOptions> routing,
    IOptions<IncidentOptions> options,
    TimeProvider time)
{
    public const string TimerKind = "incident.escalation";

    /// <summary>The steps an escalation can climb (step 0 is the first notification at report time).</summary>
    public int LastStep => routing.Value.EffectiveEscalationChain.Count - 1;

    public Task ScheduleFirstAsync(Incident incident, CancellationToken cancellationToken) =>
        LastStep < 1
            ? Task.CompletedTask
            : timers.ScheduleAsync(Incident.EntityType, incident.DisplayNumber, TimerKind, incident.AcknowledgeBy, new EscalationPayload(1).ToJson(), cancellationToken);

    /// <summary>Moves the pending escalation earlier (a related report raised the severity).</summary>
    public Task RescheduleAsync(Incident incident, DateTimeOffset dueAt, CancellationToken cancellationToken) =>
        LastStep < 1
            ? Task.CompletedTask
            : timers.ScheduleAsync(Incident.EntityType, incident.DisplayNumber, TimerKind, dueAt, new EscalationPayload(incident.EscalationStep + 1).ToJson(), cancellationToken);

    public Task CancelAsync(Incident incident, CancellationToken cancellationToken) =>
        timers.CancelAsync(Incident.EntityType, incident.DisplayNumber, TimerKind, cancellationToken);

    /// <summary>Climbs to <paramref name="step"/>; returns who the step went to ("Priya Raman (CSO …)", or why nobody).</summary>
    public async Task<string> EscalateAsync(Incident incident, IncidentActor actor, int step, ResponderSet responders, CancellationToken cancellationToken, string? why = null)
    {
        var decision = await router.RouteEscalationAsync(new EscalationRoutingRequest(Math.Min(step, Math.Max(LastStep, 0)), incident.OpenedByPerson ? incident.ReporterId : null), cancellationToken);
        var now = time.GetUtcNow();
        var nextDue = sla.DueAt(incident.Severity, now);
        var toWhom = decision.Recipients.Count == 0
            ? "nobody could be reached — " + string.Join(" ", decision.Notes)
            : string.Join(", ", decision.Recipients.Select(r => $"{r.User.DisplayName} ({r.Reason})"));
        incident.Escalate(actor, step, toWhom, nextDue, now, why);

        foreach (var recipient in decision.Recipients)
        {
            await publisher.SendCardAsync(incident, recipient.User.Id, responders, CardPurpose(step), cancellationToken);
        }

        await NotifyManagerChainAsync(incident, step, toWhom, cancellationToken);

        if (step < LastStep)
        {
            await timers.ScheduleAsync(Incident.EntityType, incident.DisplayNumber, TimerKind, nextDue, new EscalationPayload(step + 1).ToJson(), cancellationToken);
        }
        else
        {
            // Top of the chain: nobody above to escalate to; the CSO's card stays until someone acts.
            await CancelAsync(incident, cancellationToken);
        }

        return toWhom;
    }

    /// <summary>The people step <paramref name="step"/> goes to, as routing decides it now.</summary>
    public async Task<IReadOnlyList<DirectoryUser>> StepPeopleAsync(Incident incident, int step, CancellationToken cancellationToken) =>
        (await router.RouteEscalationAsync(new EscalationRoutingRequest(Math.Min(step, Math.Max(LastStep, 0)), incident.OpenedByPerson ? incident.ReporterId : null), cancellationToken))
        .Recipients.Select(r => r.User).ToList();

    /// <summary>The idempotency-key purpose of the card step <paramref name="step"/> sends to its people.</summary>
    public static string CardPurpose(int step) => string.Create(CultureInfo.InvariantCulture, $"escalation{step}");

    private async Task NotifyManagerChainAsync(Incident incident, int step, string toWhom, CancellationToken cancellationToken)
    {
        var levels = options.Value.ManagerChainLevelsOnEscalation;
        if (levels == 0 || incident.Severity < IncidentSeverity.High || !incident.OpenedByPerson)
        {
            return;
        }

        var chain = await directory.GetManagerChainAsync(incident.ReporterId, levels, cancellationToken);
        foreach (var manager in chain)
        {
            await publisher.SendNoticeAsync(
                incident,
                manager.Id,
                $"{incident.DisplayNumber} escalated: not yet acknowledged",
                $"{incident.Severity} incident reported by {incident.ReporterName} ({incident.Category.Title()}) is not acknowledged yet. Escalated to {toWhom}.",
                $"escalation{step}:manager",
                cancellationToken);
        }
    }
}

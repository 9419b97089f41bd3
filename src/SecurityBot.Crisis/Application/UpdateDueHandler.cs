using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace SecurityBot.Crisis.Application;

/// <summary>
/// Fires "crisis.update-due": the next stakeholder update is due and none was posted, so the incident's lead (the
/// assignee, else whoever acknowledged it, else the security lead) is reminded in their 1:1 chat, and again one
/// cadence later while the room is open. A posted update moves this timer; a closed room cancels it.
/// </summary>
internal sealed partial class UpdateDueHandler(
    CrisisRoomStore store,
    IIncidentActions incidents,
    ISecurityRoles roles,
    CrisisMessages messages,
    ITimerScheduler timers,
    IOptions<CrisisOptions> options,
    TimeProvider time,
    ILogger<UpdateDueHandler> logger) : ITimerHandler
{
    public string Kind => CrisisTimers.UpdateDue;

    public async Task HandleAsync(DueTimer timer, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(timer);
        var room = await store.FindByIncidentAsync(timer.EntityId, cancellationToken);
        var incident = await incidents.FindAsync(timer.EntityId, cancellationToken);
        if (room is not { IsOpen: true } || incident is not { IsOpen: true })
        {
            return;
        }

        var lead = incident.AssigneeId ?? incident.AcknowledgedById ?? (await roles.GetSecurityLeadAsync(cancellationToken))?.Id;
        if (lead is null)
        {
            LogNobodyToRemind(logger, room.IncidentNumber);
        }
        else
        {
            // One reminder per due time, whatever the retries.
            await messages.SendToPersonAsync(room, lead, UpdateDueCard.Create(room, timer.DueAt), $"update-due:{timer.DueAt.UtcTicks}", cancellationToken);
            LogReminded(logger, room.IncidentNumber, lead);
        }

        var now = time.GetUtcNow();
        room.UpdateReminded(options.Value.CadenceFor(incident.Severity), now);
        await timers.ScheduleAsync(CrisisTimers.EntityType, room.IncidentNumber, CrisisTimers.UpdateDue, room.NextUpdateDueAt!.Value, null, cancellationToken);
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Stakeholder update of {Incident} is due and nobody leads it (no assignee, no acknowledger, no Roles:SecurityLeadUserId)")]
    private static partial void LogNobodyToRemind(ILogger logger, string incident);

    [LoggerMessage(Level = LogLevel.Information, Message = "Reminded {UserId} that a stakeholder update of {Incident} is due")]
    private static partial void LogReminded(ILogger logger, string incident, string userId);
}

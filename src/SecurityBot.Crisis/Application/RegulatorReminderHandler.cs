using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace SecurityBot.Crisis.Application;

/// <summary>
/// Fires "crisis.regulator": a running clock reached a reminder point. The DPO and the CSO get a 1:1 card and the
/// room a line (keyed by the point, so a retried firing never says it twice); at the deadline, un-notified, the
/// DPO, the CSO and the security lead get the urgent notice. Then the timer moves to the next point — one pending at
/// a time, a row, so a restart loses nothing. A bot that was down catches up with the latest point only.
/// </summary>
internal sealed partial class RegulatorReminderHandler(
    CrisisRoomStore store,
    RegulatorPeople people,
    CrisisMessages messages,
    ITimerScheduler timers,
    IAuditLog audit,
    IOptions<RegulatorOptions> options,
    TimeProvider time,
    ILogger<RegulatorReminderHandler> logger) : ITimerHandler
{
    public string Kind => RegulatorTimer.Kind;

    public async Task HandleAsync(DueTimer timer, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(timer);
        var clock = await store.Db.Set<RegulatorClock>().SingleOrDefaultAsync(c => c.IncidentNumber == timer.EntityId, cancellationToken);
        var room = await store.FindByIncidentAsync(timer.EntityId, cancellationToken);
        if (clock is not { IsRunning: true } || room is null)
        {
            // Notified or decided in the meantime: the decision cancelled this timer, or raced it and won.
            return;
        }

        var now = time.GetUtcNow();
        var schedule = RegulatorSchedule.For(clock, options.Value.ReminderHours);
        if (schedule.ReachedAt(now) is { } point && clock.Reminded(point, now))
        {
            var recipients = point.IsDeadline ? await people.DeadlineRecipientsAsync(cancellationToken) : await people.ReminderRecipientsAsync(cancellationToken);
            var card = point.IsDeadline ? RegulatorReminderCard.DeadlinePassed(clock, room) : RegulatorReminderCard.Reminder(clock, room, point);
            foreach (var person in recipients)
            {
                await messages.SendToPersonAsync(room, person, card, $"regulator:{point.Key}", cancellationToken);
            }

            if (room.ChatId is not null && room.ServiceUrl is not null)
            {
                await messages.PostToRoomAsync(room, RegulatorReminderCard.RoomLine(clock, point), $"regulator:{point.Key}", cancellationToken);
            }

            if (point.IsDeadline)
            {
                await audit.AppendAsync(new AuditRecord(RegulatorClocks.AuditEntity, clock.IncidentNumber, "notification-deadline-passed", null, null,
                    $"Deadline {clock.DeadlineAt:O} passed without a recorded notification; {recipients.Count} people told"), cancellationToken);
                LogDeadlinePassed(logger, clock.IncidentNumber, recipients.Count);
            }
            else
            {
                LogReminded(logger, clock.IncidentNumber, point.HoursBefore, recipients.Count);
            }

            if (recipients.Count == 0)
            {
                LogNobodyToRemind(logger, clock.IncidentNumber);
            }
        }

        if (schedule.NextAfter(now) is { } next)
        {
            await timers.ScheduleAsync(RegulatorTimer.EntityType, clock.IncidentNumber, RegulatorTimer.Kind, next.At, null, cancellationToken);
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Regulator's clock of {Incident}: {HoursBefore} h left; reminded {People} people")]
    private static partial void LogReminded(ILogger logger, string incident, int hoursBefore, int people);

    [LoggerMessage(Level = LogLevel.Error, Message = "Regulator's clock of {Incident}: the notification deadline passed un-notified; {People} people told")]
    private static partial void LogDeadlinePassed(ILogger logger, string incident, int people);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Regulator's clock of {Incident}: nobody to remind (set Crisis:Regulator:DpoUserId or Roles:CsoUserId)")]
    private static partial void LogNobodyToRemind(ILogger logger, string incident);
}

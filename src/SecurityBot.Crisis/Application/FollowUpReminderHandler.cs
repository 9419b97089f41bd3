using Microsoft.Extensions.Logging;

namespace SecurityBot.Crisis.Application;

/// <summary>
/// Fires "crisis.follow-up": reminds the owner of an open follow-up in their 1:1 chat (a card with "Done"), again
/// every <see cref="FollowUpAction.ReminderInterval"/> up to <see cref="FollowUpAction.MaxReminders"/> times, then
/// tells the security lead once and stops. Done cancels the timer; a timer that fires anyway finds it done and does
/// nothing. The outbox keys name the reminder's count, so a retried firing never sends one twice.
/// </summary>
internal sealed partial class FollowUpReminderHandler(
    CrisisRoomStore rooms,
    ReviewStore reviews,
    ISecurityRoles roles,
    CrisisMessages messages,
    ITimerScheduler timers,
    ILogger<FollowUpReminderHandler> logger) : ITimerHandler
{
    public string Kind => FollowUpTimer.Kind;

    public async Task HandleAsync(DueTimer timer, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(timer);
        if (!FollowUpTimer.TryParse(timer.EntityId, out var incidentNumber, out var number))
        {
            LogBadTimer(logger, timer.EntityId);
            return;
        }

        var room = await rooms.FindByIncidentAsync(incidentNumber, cancellationToken);
        var review = await reviews.FindByIncidentAsync(incidentNumber, cancellationToken);
        if (room is null || review?.FindAction(number) is not { } action)
        {
            return;
        }

        switch (action.Nudge())
        {
            case FollowUpNudge.Reminder:
                await messages.SendToPersonAsync(room, action.OwnerId, FollowUpCard.Reminder(incidentNumber, action),
                    $"follow-up:{number}:reminder:{action.Reminders}", cancellationToken);
                await timers.ScheduleAsync(FollowUpTimer.EntityType, timer.EntityId, FollowUpTimer.Kind, timer.DueAt + FollowUpAction.ReminderInterval, null, cancellationToken);
                LogReminded(logger, incidentNumber, number, action.Reminders);
                break;
            case FollowUpNudge.LeadNotice:
                if (await roles.GetSecurityLeadAsync(cancellationToken) is { } lead)
                {
                    await messages.SendToPersonAsync(room, lead.Id, FollowUpCard.Overdue(incidentNumber, action), $"follow-up:{number}:overdue", cancellationToken);
                }

                LogOverdue(logger, incidentNumber, number);
                break;
            default:
                break;
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Follow-up timer with an unreadable entity id {EntityId}")]
    private static partial void LogBadTimer(ILogger logger, string entityId);

    [LoggerMessage(Level = LogLevel.Information, Message = "Reminded the owner of follow-up #{Number} of {Incident} (reminder {Count})")]
    private static partial void LogReminded(ILogger logger, string incident, int number, int count);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Follow-up #{Number} of {Incident} is still open after every reminder; the security lead is told")]
    private static partial void LogOverdue(ILogger logger, string incident, int number);
}

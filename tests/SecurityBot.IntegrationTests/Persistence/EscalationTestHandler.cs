using SecurityBot.Platform.Notifications;
using SecurityBot.Platform.Timers;

namespace SecurityBot.IntegrationTests.Persistence;

/// <summary>
/// A timer handler shaped like a feature's: it enqueues a notification in the firing's unit of work. Payload
/// "fail-first" makes the first attempt throw after enqueuing, to prove nothing of a failed run is kept ("always-fail": every attempt); "rearm"
/// schedules the next one of its own kind for its own entity, as a reminder does.
/// </summary>
public sealed class EscalationTestHandler(INotificationOutbox outbox, TimerLog log, ITimerScheduler timers, TimeProvider time) : ITimerHandler
{
    public const string KindName = "test.escalate";

    public string Kind => KindName;

    public async Task HandleAsync(DueTimer timer, CancellationToken cancellationToken)
    {
        await outbox.EnqueueAsync(
            new OutboundNotification(NotificationRecipient.User("security-lead"), """{"type":"message","text":"escalated"}""",
                $"timer:{timer.Id}:attempt:{timer.Attempt}", new SecurityBot.Platform.Notifications.EntityRef(timer.EntityType, timer.EntityId), 1),
            cancellationToken);
        if ((timer.PayloadJson == "fail-first" && timer.Attempt == 1) || timer.PayloadJson == "always-fail")
        {
            throw new InvalidOperationException("first attempt fails");
        }

        if (timer.PayloadJson == "rearm")
        {
            await timers.ScheduleAsync(timer.EntityType, timer.EntityId, Kind, time.GetUtcNow().AddHours(1), null, cancellationToken);
        }

        log.Record(timer.Id);
    }
}

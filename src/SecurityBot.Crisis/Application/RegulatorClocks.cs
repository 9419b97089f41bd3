using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace SecurityBot.Crisis.Application;

/// <summary>
/// The regulator's clock in a room: "breach" (someone who may triage marks that personal data is involved: the clock
/// starts), "notified [reference]" and "no-notification &lt;reason&gt;" (the DPO, the CSO or the security lead stop it).
/// Each is one unit of work — the clock, the room's card, the audit entry and the reminder timer commit together.
/// </summary>
internal sealed partial class RegulatorClocks(
    CrisisRoomStore store,
    IIncidentActions incidents,
    RegulatorPeople people,
    CrisisMessages messages,
    ITimerScheduler timers,
    IAuditLog audit,
    IOptions<RegulatorOptions> options,
    TimeProvider time,
    ILogger<RegulatorClocks> logger)
{
    public const string AuditEntity = "RegulatorClock";

    private static readonly CommitRetry ClockRetry = new(MaxAttempts: 5, VersionConflicts: true,
        RegulatorUniqueKeys.IncidentNumber, PlatformUniqueKeys.AuditSequence, PlatformUniqueKeys.OutboxIdempotencyKey);

    /// <summary>Personal data is involved: starts the clock once; a second mark answers with the running clock.</summary>
    public async Task<CrisisOutcome> MarkAsync(string chatId, ResolvedActor actor, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(actor);
        if (await store.FindByChatAsync(chatId, cancellationToken) is not { } found)
        {
            return CrisisOutcome.NotARoom;
        }

        if (!await incidents.CanTriageAsync(actor.Id, cancellationToken))
        {
            LogForbidden(logger, actor.Id, found.IncidentNumber, "breach");
            return new CrisisOutcome(UseCaseStatus.Forbidden, "Only incident responders can mark that personal data is involved.");
        }

        var name = actor.Name ?? "Unknown user";
        var settings = options.Value;
        return await ClockRetry.RunAsync(store.Db, async _ =>
        {
            var room = await store.FindByChatAsync(chatId, cancellationToken) ?? throw new InvalidOperationException("The room vanished.");
            var now = time.GetUtcNow();
            if (await FindAsync(room.IncidentNumber, cancellationToken) is { } existing)
            {
                return new CrisisOutcome(UseCaseStatus.Succeeded, Describe(existing, now));
            }

            var clock = RegulatorClock.Start(room, (actor.Id, name), TimeSpan.FromHours(settings.NotificationHours), now);
            store.Db.Add(clock);
            var schedule = RegulatorSchedule.For(clock, settings.ReminderHours);
            await messages.PostToRoomAsync(room, RegulatorClockCard.Running(clock, schedule, now), "regulator:started", cancellationToken);
            await timers.ScheduleAsync(RegulatorTimer.EntityType, room.IncidentNumber, RegulatorTimer.Kind, schedule.NextAfter(now)!.At, null, cancellationToken);
            await audit.AppendAsync(new AuditRecord(AuditEntity, room.IncidentNumber, "personal-data-marked", actor.Id, name,
                $"Regulator's clock started; notification deadline {clock.DeadlineAt:O}"), cancellationToken);
            await store.Db.SaveChangesAsync(cancellationToken);
            LogStarted(logger, room.IncidentNumber, actor.Id, clock.DeadlineAt);
            return new CrisisOutcome(UseCaseStatus.Succeeded, $"The regulator's clock of {room.IncidentNumber} is running: the authority must be notified within {settings.NotificationHours} hours.");
        });
    }

    /// <summary>"notified [reference]": records that the authority was notified, now, by the actor; no more reminders.</summary>
    public Task<CrisisOutcome> NotifiedAsync(string chatId, ResolvedActor actor, string? reference, CancellationToken cancellationToken) =>
        DecideAsync(chatId, actor, "authority-notified", (clock, by, now) => clock.RecordNotified(by, reference, now), RegulatorClockCard.Notified, cancellationToken);

    /// <summary>"no-notification &lt;reason&gt;": records that no notification is needed, and why; no more reminders.</summary>
    public Task<CrisisOutcome> NotNotifiableAsync(string chatId, ResolvedActor actor, string reason, CancellationToken cancellationToken) =>
        DecideAsync(chatId, actor, "no-notification-needed", (clock, by, now) => clock.RecordNotNotifiable(by, reason, now), RegulatorClockCard.NotNotifiable, cancellationToken);

    private async Task<CrisisOutcome> DecideAsync(string chatId, ResolvedActor actor, string action,
        Action<RegulatorClock, (string Id, string Name), DateTimeOffset> decide, Func<RegulatorClock, AdaptiveCard> card, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(actor);
        if (await store.FindByChatAsync(chatId, cancellationToken) is not { } found)
        {
            return CrisisOutcome.NotARoom;
        }

        if (!await people.MayDecideAsync(actor.Id, cancellationToken))
        {
            LogForbidden(logger, actor.Id, found.IncidentNumber, action);
            return new CrisisOutcome(UseCaseStatus.Forbidden, "Only the DPO, the CSO or the security lead can record the authority's notification or that none is needed.");
        }

        var name = actor.Name ?? "Unknown user";
        return await ClockRetry.RunAsync(store.Db, async _ =>
        {
            var room = await store.FindByChatAsync(chatId, cancellationToken) ?? throw new InvalidOperationException("The room vanished.");
            if (await FindAsync(room.IncidentNumber, cancellationToken) is not { } clock)
            {
                return new CrisisOutcome(UseCaseStatus.Refused, "The regulator's clock of this incident is not running: type breach first if personal data is involved.");
            }

            var now = time.GetUtcNow();
            try
            {
                decide(clock, (actor.Id, name), now);
            }
            catch (RefusalException refused)
            {
                return new CrisisOutcome(UseCaseStatus.Refused, refused.Message);
            }

            await messages.PostToRoomAsync(room, card(clock), $"regulator:{action}", cancellationToken);
            await timers.CancelAsync(RegulatorTimer.EntityType, room.IncidentNumber, RegulatorTimer.Kind, cancellationToken);
            await audit.AppendAsync(new AuditRecord(AuditEntity, room.IncidentNumber, action, actor.Id, name,
                clock.Status == RegulatorClockStatus.Notified ? $"Reference: {clock.AuthorityReference ?? "none"}" : $"Reason: {clock.NoNotificationReason}"), cancellationToken);
            await store.Db.SaveChangesAsync(cancellationToken);
            LogDecided(logger, room.IncidentNumber, actor.Id, clock.Status);
            return new CrisisOutcome(UseCaseStatus.Succeeded, clock.Status == RegulatorClockStatus.Notified
                ? $"Recorded: the authority was notified about {room.IncidentNumber}. The regulator's clock is stopped."
                : $"Recorded: no notification is needed for {room.IncidentNumber}. The regulator's clock is stopped.");
        });
    }

    private Task<RegulatorClock?> FindAsync(string incidentNumber, CancellationToken cancellationToken) =>
        store.Db.Set<RegulatorClock>().SingleOrDefaultAsync(c => c.IncidentNumber == incidentNumber, cancellationToken);

    private static string Describe(RegulatorClock clock, DateTimeOffset now) => clock.Status switch
    {
        RegulatorClockStatus.Running =>
            $"The regulator's clock of {clock.IncidentNumber} is already running (started by {clock.StartedByName}); {RegulatorTimeLeft.Format(clock.TimeLeft(now))} left until {clock.DeadlineAt:yyyy-MM-dd HH:mm} UTC.",
        RegulatorClockStatus.Notified =>
            $"The authority was already notified about {clock.IncidentNumber}, by {clock.DecidedByName} at {clock.DecidedAt:yyyy-MM-dd HH:mm} UTC.",
        _ => $"It is already decided that {clock.IncidentNumber} needs no notification (by {clock.DecidedByName}).",
    };

    [LoggerMessage(Level = LogLevel.Warning, Message = "User {UserId} may not {Action} on the regulator's clock of {Incident}")]
    private static partial void LogForbidden(ILogger logger, string userId, string incident, string action);

    [LoggerMessage(Level = LogLevel.Information, Message = "Regulator's clock of {Incident} started by {UserId}; deadline {Deadline}")]
    private static partial void LogStarted(ILogger logger, string incident, string userId, DateTimeOffset deadline);

    [LoggerMessage(Level = LogLevel.Information, Message = "Regulator's clock of {Incident} stopped by {UserId}: {Status}")]
    private static partial void LogDecided(ILogger logger, string incident, string userId, RegulatorClockStatus status);
}

using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace SecurityBot.Crisis.Application;

/// <summary>
/// Fires "crisis.room": brings one incident's room to what the incident asks for, one step per run (declare, create
/// the chat, install the bot, post the cards, add people, close), each recorded in the timer's unit of work. The
/// step's Graph call is made before that unit of work opens (<see cref="PrepareAsync"/>), so no database lock waits on
/// Graph. A step that needs another runs again at once; Graph's transient refusals (429, 5xx) wait with backoff; a
/// refusal that needs a person (403: a permission) fails the room and tells the security lead, while the incident
/// itself goes on escalating through the 1:1 cards.
/// </summary>
internal sealed partial class CrisisRoomHandler(
    CrisisRoomStore store,
    IIncidentActions incidents,
    CrisisMembership membership,
    CrisisRoomSteps steps,
    CrisisFailureNotices failures,
    ITimerScheduler timers,
    IOptions<CrisisOptions> options,
    TimeProvider time,
    ILogger<CrisisRoomHandler> logger) : ITimerHandler
{
    private CrisisGraphCall? _prepared;

    public string Kind => CrisisTimers.Room;

    public async Task PrepareAsync(DueTimer timer, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(timer);
        _prepared = null;
        var room = await store.ReadByIncidentAsync(timer.EntityId, cancellationToken);
        if (room is null || !CrisisRoomSteps.CallsGraph(room.NextStep()))
        {
            return;
        }

        // An ended incident closes its room first; no chat is made for it.
        if (await incidents.FindAsync(timer.EntityId, cancellationToken) is not { IsOpen: true })
        {
            return;
        }

        _prepared = await steps.CallGraphAsync(room.NextStep(), room, cancellationToken);
    }

    public async Task HandleAsync(DueTimer timer, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(timer);
        var number = timer.EntityId;
        // What PrepareAsync read is not what this unit of work decides on: the room is read again under its lock.
        store.Db.ChangeTracker.Clear();
        await store.LockAsync(number, cancellationToken);
        var incident = await incidents.FindAsync(number, cancellationToken);
        var room = await store.FindByIncidentAsync(number, cancellationToken);
        var now = time.GetUtcNow();
        if (incident is null)
        {
            LogNoIncident(logger, number);
            return;
        }

        if (room is null)
        {
            var settings = options.Value;
            if (!settings.AutoDeclare || !incident.IsOpen || incident.Severity < settings.AutoDeclareSeverity)
            {
                return;
            }

            room = CrisisRoom.Declare(incident.Number, incident.Title, null, now);
            await membership.FillAsync(room, incident, withRoster: true, now, cancellationToken);
            store.Add(room);
            LogDeclared(logger, number, room.Members.Count);
        }
        else if (room.Status is CrisisRoomStatus.Requested or CrisisRoomStatus.Open)
        {
            // A responder who acknowledged or was assigned since joins the room.
            await membership.FillAsync(room, incident, withRoster: false, now, cancellationToken);
        }

        if (!incident.IsOpen && room.Status != CrisisRoomStatus.Closed)
        {
            await steps.CloseAsync(room, incident, now, cancellationToken);
            return;
        }

        var step = room.NextStep();
        if (step == CrisisRoomStep.None)
        {
            return;
        }

        if (step == CrisisRoomStep.PostCards)
        {
            await steps.PostCardsAsync(room, incident, now, cancellationToken);
        }
        else if (_prepared is { } call && call.StillFits(room))
        {
            if (call.Error is { } error)
            {
                await FailedAsync(room, incident, step, error, now, cancellationToken);
                return;
            }

            try
            {
                await steps.ApplyAsync(call, room, now, cancellationToken);
            }
            catch (TeamsChatException refused)
            {
                await FailedAsync(room, incident, step, refused, now, cancellationToken);
                return;
            }
        }
        else if (_prepared is { Step: CrisisRoomStep.CreateChat, Error: null, ChatId: { } orphan } && room.ChatId != orphan)
        {
            // Another instance's run recorded its chat first (two runs for one room at the same moment): ours is left over.
            LogOrphanChat(logger, number, orphan);
        }

        if (room.NextStep() != CrisisRoomStep.None)
        {
            await timers.ScheduleAsync(CrisisTimers.EntityType, number, CrisisTimers.Room, now, null, cancellationToken);
        }
    }

    private async Task FailedAsync(CrisisRoom room, IncidentSnapshot incident, CrisisRoomStep step, TeamsChatException error, DateTimeOffset now,
        CancellationToken cancellationToken)
    {
        var number = room.IncidentNumber;
        if (!error.IsTransient)
        {
            room.StepFailedPermanently($"{step}: {error.Message}", now);
            if (error.StatusCode == 501)
            {
                // The configured directory cannot make chats (the local demo one): a setting, not an outage.
                LogCannotMakeChats(logger, number, step);
            }
            else
            {
                LogRefused(logger, number, step, error.StatusCode);
            }

            await failures.RoomFailedAsync(room, incident, cancellationToken);
            return;
        }

        if (room.StepFailedTransiently($"{step}: {error.Message}", options.Value.CreateMaxAttempts, now))
        {
            LogGaveUp(logger, number, room.Attempts, step);
            await failures.RoomFailedAsync(room, incident, cancellationToken);
            return;
        }

        var delay = RetryBackoff.Delay(room.Attempts - 1, options.Value.CreateRetrySeconds, 3_600);
        if (error.RetryAfter is { } asked && asked > delay)
        {
            delay = asked;
        }

        LogRetrying(logger, number, step, error.StatusCode, delay.TotalSeconds);
        await timers.ScheduleAsync(CrisisTimers.EntityType, number, CrisisTimers.Room, now + delay, null, cancellationToken);
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Crisis room timer for {Incident}: no such incident")]
    private static partial void LogNoIncident(ILogger logger, string incident);

    [LoggerMessage(Level = LogLevel.Information, Message = "Crisis declared for {Incident} by its severity; {Members} people to invite")]
    private static partial void LogDeclared(ILogger logger, string incident, int members);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Crisis room of {Incident}: step {Step} failed with HTTP {Status}; trying again in {DelaySeconds} s")]
    private static partial void LogRetrying(ILogger logger, string incident, CrisisRoomStep step, int? status, double delaySeconds);

    [LoggerMessage(Level = LogLevel.Error, Message = "Crisis room of {Incident}: gave up after {Attempts} attempts at step {Step}; the security lead is told")]
    private static partial void LogGaveUp(ILogger logger, string incident, int attempts, CrisisRoomStep step);

    [LoggerMessage(Level = LogLevel.Error, Message = "Crisis room of {Incident}: step {Step} refused with HTTP {Status}; the security lead is told")]
    private static partial void LogRefused(ILogger logger, string incident, CrisisRoomStep step, int? status);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Crisis room of {Incident}: another run recorded its chat first; chat {ChatId} made by this run is left over and can be deleted")]
    private static partial void LogOrphanChat(ILogger logger, string incident, string chatId);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Crisis room of {Incident}: step {Step} cannot be done with the configured directory (HTTP 501: rooms need Directory:Provider=Graph); the security lead is told")]
    private static partial void LogCannotMakeChats(ILogger logger, string incident, CrisisRoomStep step);
}

using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace SecurityBot.Crisis.Application;

/// <summary>
/// "Open crisis room" by hand: the security lead, the CSO, or a responder who acknowledged or took the incident.
/// Idempotent: one room per incident (a unique number), so a second press, a concurrent press or the severity's own
/// declaration all meet the same room; a room that failed is tried again (after someone fixed the cause).
/// </summary>
internal sealed partial class CrisisDeclarations(
    CrisisRoomStore store,
    IIncidentActions incidents,
    ISecurityRoles roles,
    CrisisMembership membership,
    ITimerScheduler timers,
    IAuditLog audit,
    IOptions<CrisisOptions> options,
    TimeProvider time,
    ILogger<CrisisDeclarations> logger)
{
    private static readonly CommitRetry DeclareRetry = new(MaxAttempts: 3, VersionConflicts: true,
        CrisisUniqueKeys.IncidentNumber, PlatformUniqueKeys.AuditSequence);

    public async Task<CrisisOutcome> DeclareAsync(string incidentNumber, ResolvedActor actor, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(actor);
        var incident = await incidents.FindAsync(incidentNumber, cancellationToken);
        var mayTriage = await incidents.CanTriageAsync(actor.Id, cancellationToken);
        if (incident is null || !mayTriage)
        {
            // Someone who may not triage gets the answer an unknown number gets: card data tells nothing.
            return new CrisisOutcome(UseCaseStatus.NotFound, "There is no such incident, or it is not yours to see.");
        }

        if (!await MayDeclareAsync(incident, actor.Id, cancellationToken))
        {
            LogForbidden(logger, actor.Id, incident.Number);
            return new CrisisOutcome(UseCaseStatus.Forbidden,
                "The security lead, the CSO, or a responder who acknowledged or took this incident can open its crisis room. Acknowledge it first.");
        }

        if (!incident.IsOpen)
        {
            return new CrisisOutcome(UseCaseStatus.Refused, $"{incident.Number} is {incident.Stage.ToString().ToLowerInvariant()}: a closed incident gets no crisis room.");
        }

        if (incident.Severity < options.Value.ManualMinimumSeverity)
        {
            return new CrisisOutcome(UseCaseStatus.Refused,
                $"{incident.Number} is {incident.Severity}: crisis rooms are for {options.Value.ManualMinimumSeverity} incidents and above. Raise the severity first if it is a crisis.");
        }

        var name = actor.Name ?? "Unknown user";
        return await DeclareRetry.RunAsync(store.Db, async _ =>
        {
            var now = time.GetUtcNow();
            var room = await store.FindByIncidentAsync(incident.Number, cancellationToken);
            if (room is not null)
            {
                return await AnswerExistingAsync(room, now, cancellationToken);
            }

            room = CrisisRoom.Declare(incident.Number, incident.Title, (actor.Id, name), now);
            await membership.FillAsync(room, incident, withRoster: true, now, cancellationToken);
            store.Add(room);
            await timers.ScheduleAsync(CrisisTimers.EntityType, incident.Number, CrisisTimers.Room, now, null, cancellationToken);
            await audit.AppendAsync(new AuditRecord(CrisisRoom.EntityType, incident.Number, "declared", actor.Id, name, $"{room.Members.Count} people invited"), cancellationToken);
            await store.Db.SaveChangesAsync(cancellationToken);
            LogDeclared(logger, incident.Number, actor.Id, room.Members.Count);
            return new CrisisOutcome(UseCaseStatus.Succeeded, $"Opening the crisis room \"{room.Topic}\" with {room.Members.Count} people. It appears in your chats in a moment.");
        });
    }

    private async Task<bool> MayDeclareAsync(IncidentSnapshot incident, string userId, CancellationToken cancellationToken)
    {
        if (string.Equals(incident.AcknowledgedById, userId, StringComparison.OrdinalIgnoreCase)
            || string.Equals(incident.AssigneeId, userId, StringComparison.OrdinalIgnoreCase)
            || await roles.IsCsoAsync(userId, cancellationToken))
        {
            return true;
        }

        return await roles.IsSecurityLeadAsync(userId, cancellationToken);
    }

    private async Task<CrisisOutcome> AnswerExistingAsync(CrisisRoom room, DateTimeOffset now, CancellationToken cancellationToken)
    {
        switch (room.Status)
        {
            case CrisisRoomStatus.Open:
                return new CrisisOutcome(UseCaseStatus.Succeeded, $"The crisis room \"{room.Topic}\" is already open: look for it in your chats.");
            case CrisisRoomStatus.Requested:
                return new CrisisOutcome(UseCaseStatus.Succeeded, $"The crisis room \"{room.Topic}\" is being opened.");
            case CrisisRoomStatus.Failed:
                room.Retry(now);
                await timers.ScheduleAsync(CrisisTimers.EntityType, room.IncidentNumber, CrisisTimers.Room, now, null, cancellationToken);
                await store.Db.SaveChangesAsync(cancellationToken);
                return new CrisisOutcome(UseCaseStatus.Succeeded, $"Trying again to open the crisis room \"{room.Topic}\" (last time: {room.LastError}).");
            default:
                return new CrisisOutcome(UseCaseStatus.Refused, $"The crisis room \"{room.Topic}\" is closed.");
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "User {UserId} may not open the crisis room of {Incident}")]
    private static partial void LogForbidden(ILogger logger, string userId, string incident);

    [LoggerMessage(Level = LogLevel.Information, Message = "Crisis room of {Incident} declared by {UserId}; {Members} people to invite")]
    private static partial void LogDeclared(ILogger logger, string incident, string userId, int members);
}

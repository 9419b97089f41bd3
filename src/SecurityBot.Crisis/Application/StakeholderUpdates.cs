using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace SecurityBot.Crisis.Application;

/// <summary>
/// "update …" in a room: records the stakeholder update, posts it to the room and to every executive (Crisis:
/// ExecutiveGroupId) as a card, and moves the next update's reminder — one unit of work, so an update is either
/// everywhere or nowhere. Only the room's people and those who may triage may post one.
/// </summary>
internal sealed partial class StakeholderUpdates(
    CrisisRoomStore store,
    IIncidentActions incidents,
    IDirectory directory,
    CrisisMessages messages,
    ITimerScheduler timers,
    IAuditLog audit,
    IOptions<CrisisOptions> options,
    TimeProvider time,
    ILogger<StakeholderUpdates> logger)
{
    private static readonly CommitRetry UpdateRetry = new(MaxAttempts: 5, VersionConflicts: true,
        CrisisUniqueKeys.UpdateSequence, PlatformUniqueKeys.AuditSequence, PlatformUniqueKeys.OutboxIdempotencyKey);

    public async Task<CrisisOutcome> PostAsync(string chatId, ResolvedActor actor, string text, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(actor);
        var room = await store.FindByChatAsync(chatId, cancellationToken);
        if (room is null)
        {
            return CrisisOutcome.NotARoom;
        }

        if (!room.IsMember(actor.Id) && !await incidents.CanTriageAsync(actor.Id, cancellationToken))
        {
            LogForbidden(logger, actor.Id, room.IncidentNumber);
            return new CrisisOutcome(UseCaseStatus.Forbidden, "Only the people of this room and the security team can post stakeholder updates.");
        }

        if (!StakeholderUpdateDraft.TryParse(text, out var draft, out var error))
        {
            return new CrisisOutcome(UseCaseStatus.Invalid, error!);
        }

        var incident = await incidents.FindAsync(room.IncidentNumber, cancellationToken);
        var executives = string.IsNullOrWhiteSpace(options.Value.ExecutiveGroupId)
            ? []
            : await directory.GetGroupMembersAsync(options.Value.ExecutiveGroupId, cancellationToken);
        var name = actor.Name ?? "Unknown user";
        return await UpdateRetry.RunAsync(store.Db, async attempt =>
        {
            if (attempt > 1)
            {
                room = await store.FindByChatAsync(chatId, cancellationToken) ?? throw new InvalidOperationException("The room vanished.");
            }

            StakeholderUpdate update;
            try
            {
                update = room.RecordUpdate(draft!, (actor.Id, name), options.Value.CadenceFor(incident?.Severity ?? IncidentSeverity.Critical), time.GetUtcNow());
            }
            catch (RefusalException refused)
            {
                return new CrisisOutcome(UseCaseStatus.Refused, refused.Message);
            }

            store.Add(update);
            var card = StakeholderUpdateCard.Create(room, update, incident);
            await messages.PostToRoomAsync(room, card, $"update:{update.Sequence}", cancellationToken);
            foreach (var executive in executives)
            {
                await messages.SendToPersonAsync(room, executive.Id, card, $"update:{update.Sequence}", cancellationToken);
            }

            await timers.ScheduleAsync(CrisisTimers.EntityType, room.IncidentNumber, CrisisTimers.UpdateDue, update.NextDueAt, null, cancellationToken);
            await audit.AppendAsync(new AuditRecord(CrisisRoom.EntityType, room.IncidentNumber, "stakeholder-update", actor.Id, name,
                $"Update #{update.Sequence}; next due {update.NextDueAt:O}"), cancellationToken);
            await store.Db.SaveChangesAsync(cancellationToken);
            LogPosted(logger, room.IncidentNumber, update.Sequence, executives.Count);
            return new CrisisOutcome(UseCaseStatus.Succeeded,
                executives.Count == 0 ? $"Stakeholder update #{update.Sequence} posted." : $"Stakeholder update #{update.Sequence} posted and sent to {executives.Count} executives.");
        });
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "User {UserId} may not post stakeholder updates for {Incident}")]
    private static partial void LogForbidden(ILogger logger, string userId, string incident);

    [LoggerMessage(Level = LogLevel.Information, Message = "Stakeholder update #{Sequence} for {Incident} queued for the room and {Executives} executives")]
    private static partial void LogPosted(ILogger logger, string incident, int sequence, int executives);
}

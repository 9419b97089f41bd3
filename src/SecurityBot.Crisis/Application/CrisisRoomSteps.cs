using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace SecurityBot.Crisis.Application;

/// <summary>
/// The steps that make a room, each safe to run again: the Graph calls (made outside the timer's unit of work) and
/// what they are recorded as, the cards (whose outbox keys hold them to one each), and the close.
/// </summary>
internal sealed partial class CrisisRoomSteps(
    ITeamsChats chats,
    IIncidentActions incidents,
    TenantServiceUrl serviceUrls,
    CrisisMessages messages,
    PostIncidentReviews reviews,
    ITimerScheduler timers,
    IOptions<CrisisOptions> options,
    ILogger<CrisisRoomSteps> logger)
{
    /// <summary>Whether the step is a Graph call (made outside the timer's unit of work) rather than database and outbox work.</summary>
    public static bool CallsGraph(CrisisRoomStep step) => step is CrisisRoomStep.CreateChat or CrisisRoomStep.InstallBot or CrisisRoomStep.AddMembers;

    /// <summary>
    /// The Graph call of a step, outside any transaction; a refusal is returned, not thrown. Safe to repeat: a chat an
    /// earlier run made is found by its exact topic, installing or adding someone twice is fine.
    /// </summary>
    public async Task<CrisisGraphCall> CallGraphAsync(CrisisRoomStep step, CrisisRoom room, CancellationToken cancellationToken)
    {
        try
        {
            switch (step)
            {
                case CrisisRoomStep.CreateChat:
                    return new CrisisGraphCall(step, await FindOrCreateChatAsync(room, cancellationToken), null, null);
                case CrisisRoomStep.InstallBot:
                    await chats.InstallBotAsync(room.ChatId!, cancellationToken);
                    return new CrisisGraphCall(step, room.ChatId, null, null);
                case CrisisRoomStep.AddMembers:
                    var next = room.Members.First(m => m.AddedAt is null);
                    await chats.AddMemberAsync(room.ChatId!, next.UserId, cancellationToken);
                    return new CrisisGraphCall(step, room.ChatId, next.UserId, null);
                default:
                    throw new ArgumentOutOfRangeException(nameof(step), step, "Not a Graph step.");
            }
        }
        catch (TeamsChatException error)
        {
            return new CrisisGraphCall(step, room.ChatId, null, error);
        }
    }

    /// <summary>Records what a successful Graph call did, in the timer's unit of work.</summary>
    public async Task ApplyAsync(CrisisGraphCall call, CrisisRoom room, DateTimeOffset now, CancellationToken cancellationToken)
    {
        switch (call.Step)
        {
            case CrisisRoomStep.CreateChat:
                room.ChatCreated(call.ChatId!, now);
                LogChatCreated(logger, room.IncidentNumber, room.Members.Count);
                break;
            case CrisisRoomStep.InstallBot:
                var serviceUrl = await serviceUrls.FindAsync(null, cancellationToken)
                    ?? throw new TeamsChatException("No connector serviceUrl is known to post to the chat: set Outbox:DefaultServiceUrl.", 501);
                room.BotInstalled(serviceUrl, now);
                break;
            default:
                var member = room.Members.First(m => string.Equals(m.UserId, call.MemberId, StringComparison.OrdinalIgnoreCase));
                room.MemberAdded(member.UserId, now);
                await messages.PostToRoomAsync(room, CrisisRoomCard.Joined(member), $"joined:{member.UserId}", cancellationToken);
                break;
        }
    }

    /// <summary>The room's welcome and the incident's live card: the room is open.</summary>
    public async Task PostCardsAsync(CrisisRoom room, IncidentSnapshot incident, DateTimeOffset now, CancellationToken cancellationToken)
    {
        await messages.PostToRoomAsync(room, CrisisRoomCard.Create(room, incident), "welcome", cancellationToken);
        await incidents.ShareLiveCardAsync(room.IncidentNumber, room.ChatId!, room.ServiceUrl!, null, cancellationToken);
        room.Opened(options.Value.CadenceFor(incident.Severity), now);
        await timers.ScheduleAsync(CrisisTimers.EntityType, room.IncidentNumber, CrisisTimers.UpdateDue, room.NextUpdateDueAt!.Value, null, cancellationToken);
        LogOpened(logger, room.IncidentNumber, room.Members.Count);
    }

    /// <summary>The incident ended: the room closes, reminders stop, and the room hears it (the review follows in the room).</summary>
    public async Task CloseAsync(CrisisRoom room, IncidentSnapshot incident, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var wasOpen = room.IsOpen;
        room.Close(now);
        await timers.CancelAsync(CrisisTimers.EntityType, room.IncidentNumber, CrisisTimers.UpdateDue, cancellationToken);
        if (wasOpen)
        {
            await messages.PostToRoomAsync(room, CrisisRoomCard.Closed(room, incident), "closed", cancellationToken);
            await reviews.PostFormAsync(room, incident, cancellationToken);
        }

        LogClosed(logger, room.IncidentNumber, incident.Stage);
    }

    private async Task<string> FindOrCreateChatAsync(CrisisRoom room, CancellationToken cancellationToken)
    {
        var memberIds = room.Members.Select(m => m.UserId).ToList();
        if (memberIds.Count < 2)
        {
            throw new TeamsChatException($"A group chat needs at least two people; the directory gave {memberIds.Count} for this room (check Roles:SecurityLeadUserId and Roles:CsoUserId).", 422);
        }

        // A run that created the chat and then lost its commit (a crash, a replaced timer) left it behind: use it.
        return await chats.FindGroupChatAsync(room.Topic, memberIds[0], cancellationToken)
            ?? await chats.CreateGroupChatAsync(room.Topic, memberIds, cancellationToken);
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Crisis room chat of {Incident} is there with {Members} people")]
    private static partial void LogChatCreated(ILogger logger, string incident, int members);

    [LoggerMessage(Level = LogLevel.Information, Message = "Crisis room of {Incident} is open with {Members} people")]
    private static partial void LogOpened(ILogger logger, string incident, int members);

    [LoggerMessage(Level = LogLevel.Information, Message = "Crisis room of {Incident} closed: the incident is {Stage}")]
    private static partial void LogClosed(ILogger logger, string incident, IncidentStage stage);
}

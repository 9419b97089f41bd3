using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace SecurityBot.Crisis.Application;

/// <summary>
/// The steps that make a room, each safe to run again: a chat an earlier run made is found by its exact topic before
/// one is created, installing and adding someone twice is fine, and the cards' outbox keys hold them to one each.
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
    public async Task RunAsync(CrisisRoomStep step, CrisisRoom room, IncidentSnapshot incident, DateTimeOffset now, CancellationToken cancellationToken)
    {
        switch (step)
        {
            case CrisisRoomStep.CreateChat:
                await CreateChatAsync(room, now, cancellationToken);
                break;
            case CrisisRoomStep.InstallBot:
                await chats.InstallBotAsync(room.ChatId!, cancellationToken);
                var serviceUrl = await serviceUrls.FindAsync(null, cancellationToken)
                    ?? throw new TeamsChatException("No connector serviceUrl is known to post to the chat: set Outbox:DefaultServiceUrl.", 501);
                room.BotInstalled(serviceUrl, now);
                break;
            case CrisisRoomStep.PostCards:
                await messages.PostToRoomAsync(room, CrisisRoomCard.Create(room, incident), "welcome", cancellationToken);
                await incidents.ShareLiveCardAsync(room.IncidentNumber, room.ChatId!, room.ServiceUrl!, null, cancellationToken);
                room.Opened(options.Value.CadenceFor(incident.Severity), now);
                await timers.ScheduleAsync(CrisisTimers.EntityType, room.IncidentNumber, CrisisTimers.UpdateDue, room.NextUpdateDueAt!.Value, null, cancellationToken);
                LogOpened(logger, room.IncidentNumber, room.Members.Count);
                break;
            case CrisisRoomStep.AddMembers:
                var next = room.Members.First(m => m.AddedAt is null);
                await chats.AddMemberAsync(room.ChatId!, next.UserId, cancellationToken);
                room.MemberAdded(next.UserId, now);
                await messages.PostToRoomAsync(room, CrisisRoomCard.Joined(next), $"joined:{next.UserId}", cancellationToken);
                break;
            default:
                throw new ArgumentOutOfRangeException(nameof(step), step, "Not a step.");
        }
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

    private async Task CreateChatAsync(CrisisRoom room, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var memberIds = room.Members.Select(m => m.UserId).ToList();
        if (memberIds.Count < 2)
        {
            throw new TeamsChatException($"A group chat needs at least two people; the directory gave {memberIds.Count} for this room (check Roles:SecurityLeadUserId and Roles:CsoUserId).", 422);
        }

        // A run that created the chat and then lost its commit (a crash, a replaced timer) left it behind: use it.
        var chatId = await chats.FindGroupChatAsync(room.Topic, memberIds[0], cancellationToken)
            ?? await chats.CreateGroupChatAsync(room.Topic, memberIds, cancellationToken);
        room.ChatCreated(chatId, now);
        LogChatCreated(logger, room.IncidentNumber, memberIds.Count);
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Crisis room chat of {Incident} is there with {Members} people")]
    private static partial void LogChatCreated(ILogger logger, string incident, int members);

    [LoggerMessage(Level = LogLevel.Information, Message = "Crisis room of {Incident} is open with {Members} people")]
    private static partial void LogOpened(ILogger logger, string incident, int members);

    [LoggerMessage(Level = LogLevel.Information, Message = "Crisis room of {Incident} closed: the incident is {Stage}")]
    private static partial void LogClosed(ILogger logger, string incident, IncidentStage stage);
}

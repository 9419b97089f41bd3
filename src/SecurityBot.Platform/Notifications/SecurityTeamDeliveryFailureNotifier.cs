using System.Globalization;
using System.Text.Json;
using Microsoft.Extensions.Logging;
using SecurityBot.Platform.Directory;
using SecurityBot.Platform.Routing;
using SecurityBot.Platform.Timers;

namespace SecurityBot.Platform.Notifications;

/// <summary>
/// Tells the security team — the members of Roles:SecurityTeamGroupId, read from the directory at notice time — that
/// someone did not get a notification or that a timer gave up, through the outbox in the same unit of work as the
/// failure. Notices are themselves never noticed again (no loops). The roles come from AddDirectory, which the host
/// always registers; they are optional here only so the persistence layer runs on its own (then nobody is told).
/// </summary>
internal sealed partial class SecurityTeamDeliveryFailureNotifier(
    INotificationOutbox outbox,
    ILogger<SecurityTeamDeliveryFailureNotifier> logger,
    ISecurityRoles? roles = null,
    IDirectory? directory = null) : IDeliveryFailureNotifier, ITimerFailureNotifier
{
    private const int EntitiesShown = 5;

    public async Task NotifyAsync(DeliveryFailure failure, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(failure);
        LogFailure(logger, failure.NotificationId, failure.RecipientAadObjectId, failure.Entity?.ToString(), failure.Reason);
        var about = failure.Entity is null ? "a notification" : $"a notification about {failure.Entity}";
        var who = failure.RecipientAadObjectId is null ? $"conversation {failure.ConversationId}" : $"user {failure.RecipientAadObjectId}";
        await EnqueueAsync($"SecurityBot could not deliver {about} to {who}. Please reach them another way. Reason: {failure.Reason}",
            $"delivery-failure:{failure.NotificationId}", failure.NotificationId, failure.RecipientAadObjectId, cancellationToken);
    }

    public async Task NotifyUnreachableAsync(UnreachableRecipient recipient, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(recipient);
        LogUnreachable(logger, recipient.RecipientAadObjectId, recipient.EpisodeId, recipient.NotDelivered);
        var who = await NameAsync(recipient.RecipientAadObjectId, cancellationToken);
        var about = recipient.Entities.Count == 0
            ? string.Empty
            : $" about {string.Join(", ", recipient.Entities.Take(EntitiesShown))}{(recipient.Entities.Count > EntitiesShown ? " and more" : string.Empty)}";
        var since = recipient.Since.UtcDateTime.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture);
        var text = $"SecurityBot cannot reach {who} since {since} UTC: Teams refuses delivery (they blocked SecurityBot or the app was removed for them). "
            + $"Not delivered: {recipient.NotDelivered} message(s){about}. "
            + "SecurityBot marked them unreachable and holds further messages to them without retrying until they write to it again; "
            + "you are told once for this person, not for each message. Please reach them another way (admin deliveries lists them).";
        await EnqueueAsync(text, $"unreachable:{recipient.RecipientAadObjectId}:{recipient.EpisodeId}", recipient.EpisodeId,
            recipient.RecipientAadObjectId, cancellationToken);
    }

    public Task NotifyAsync(TimerFailure failure, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(failure);
        var id = failure.TimerId.ToString("N");
        return EnqueueAsync(
            $"SecurityBot gave up on its {failure.Kind} timer for {failure.EntityType} {failure.EntityId} after {failure.Attempts} attempts; please do it by hand. Reason: {failure.Reason}",
            $"timer-failure:{id}", id, null, cancellationToken);
    }

    private async Task EnqueueAsync(string text, string keyPrefix, string noticeId, string? exclude, CancellationToken cancellationToken)
    {
        // Plain text: the reason carries connector or exception text, which must not be rendered as markup.
        var activityJson = JsonSerializer.Serialize(new { type = "message", textFormat = "plain", text });
        foreach (var member in await MembersAsync(noticeId, cancellationToken))
        {
            if (!string.Equals(member, exclude, StringComparison.OrdinalIgnoreCase))
            {
                await outbox.EnqueueAsync(
                    new OutboundNotification(NotificationRecipient.User(member), activityJson, $"{keyPrefix}:{member}",
                        new EntityRef(DeliveryFailure.NoticeEntityType, noticeId)),
                    cancellationToken);
            }
        }
    }

    private async Task<string> NameAsync(string aad, CancellationToken cancellationToken)
    {
        if (directory is not null)
        {
            try
            {
                if (await directory.GetUserAsync(aad, cancellationToken) is { } user)
                {
                    return $"{user.DisplayName} ({aad})";
                }
            }
            catch (Exception ex) when (!cancellationToken.IsCancellationRequested)
            {
                LogNameFailed(logger, aad, ex);
            }
        }

        return $"user {aad}";
    }

    private async Task<IReadOnlyCollection<string>> MembersAsync(string noticeId, CancellationToken cancellationToken)
    {
        var members = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        if (roles is not null)
        {
            try
            {
                members.UnionWith((await roles.GetSecurityTeamAsync(cancellationToken)).Select(u => u.Id).Where(id => !string.IsNullOrWhiteSpace(id)));
            }
            catch (Exception ex) when (!cancellationToken.IsCancellationRequested)
            {
                // The directory being down (a Graph timeout is a TaskCanceledException too) must not undo the attempt
                // being recorded; the failure itself is logged above, and this says nobody was told.
                LogDirectoryFailed(logger, noticeId, ex);
            }
        }

        return members;
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Notification {NotificationId} to {Recipient} about {Entity} was not delivered: {Reason}")]
    private static partial void LogFailure(ILogger logger, string notificationId, string? recipient, string? entity, string reason);

    [LoggerMessage(Level = LogLevel.Warning, Message = "{Recipient} cannot be reached (episode {EpisodeId}, {Count} message(s) not delivered); telling the security team once")]
    private static partial void LogUnreachable(ILogger logger, string recipient, string episodeId, int count);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Could not read {Recipient} from the directory; the notice names them by id")]
    private static partial void LogNameFailed(ILogger logger, string recipient, Exception exception);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Could not read the security team (Roles:SecurityTeamGroupId) from the directory; nobody is told of failure {NoticeId}")]
    private static partial void LogDirectoryFailed(ILogger logger, string noticeId, Exception exception);
}

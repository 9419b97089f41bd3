using System.Text.Json;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using SecurityBot.Core.Notifications;

namespace SecurityBot.Infrastructure.Notifications;

/// <summary>
/// Tells the security team (Outbox:SecurityTeamAadObjectIds for now; the directory's security roles once merged)
/// that someone did not get a notification, through the outbox in the same unit of work as the failure.
/// </summary>
internal sealed partial class SecurityTeamDeliveryFailureNotifier(
    INotificationOutbox outbox,
    IOptions<OutboxOptions> options,
    ILogger<SecurityTeamDeliveryFailureNotifier> logger) : IDeliveryFailureNotifier
{
    public async Task NotifyAsync(DeliveryFailure failure, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(failure);
        LogFailure(logger, failure.NotificationId, failure.RecipientAadObjectId, failure.Entity?.ToString(), failure.Reason);
        var about = failure.Entity is null ? "a notification" : $"a notification about {failure.Entity}";
        var who = failure.RecipientAadObjectId is null ? $"conversation {failure.ConversationId}" : $"user {failure.RecipientAadObjectId}";
        // Plain text: the reason carries connector error text, which must not be rendered as markup.
        var activityJson = JsonSerializer.Serialize(new
        {
            type = "message",
            textFormat = "plain",
            text = $"SecurityBot could not deliver {about} to {who}. Please reach them another way. Reason: {failure.Reason}",
        });
        foreach (var member in options.Value.SecurityTeamAadObjectIds.Where(m => !string.IsNullOrWhiteSpace(m) && m != failure.RecipientAadObjectId))
        {
            await outbox.EnqueueAsync(
                new OutboundNotification(
                    NotificationRecipient.User(member),
                    activityJson,
                    $"delivery-failure:{failure.NotificationId}:{member}",
                    new EntityRef(DeliveryFailure.NoticeEntityType, failure.NotificationId)),
                cancellationToken);
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Notification {NotificationId} to {Recipient} about {Entity} was not delivered: {Reason}")]
    private static partial void LogFailure(ILogger logger, string notificationId, string? recipient, string? entity, string reason);
}

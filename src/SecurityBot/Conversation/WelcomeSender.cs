using SecurityBot.BotFramework.Builder;
using SecurityBot.Core.Notifications;
using SecurityBot.Infrastructure.Persistence;

namespace SecurityBot.Conversation;

/// <summary>
/// Welcomes a person (or a team) once. The welcome goes through the outbox with an idempotency key per person, so
/// the installationUpdate and conversationUpdate Teams both send on install, a reinstall, or a retried request
/// produce one welcome, and a crash between the two cannot lose it.
/// </summary>
public sealed partial class WelcomeSender(INotificationOutbox outbox, SecurityBotDbContext db, CommandCatalog catalog, ILogger<WelcomeSender> logger)
{
    public async Task WelcomeAsync(ITurnContext turn, string welcomeKey, string? userName, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turn);
        var activity = turn.Activity;
        var recipient = NotificationRecipient.Conversation(activity.Conversation!.Id!, activity.ServiceUrl!, activity.TenantId);
        var json = TurnContextCardExtensions.ToActivityJson(WelcomeCard.Create(userName, catalog.Help));
        if (await outbox.EnqueueAsync(new OutboundNotification(recipient, json, "welcome:" + welcomeKey), cancellationToken))
        {
            await db.SaveChangesAsync(cancellationToken);
            LogWelcomed(logger, activity.Conversation.Id!);
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Queued the welcome for conversation {ConversationId}")]
    private static partial void LogWelcomed(ILogger logger, string conversationId);
}

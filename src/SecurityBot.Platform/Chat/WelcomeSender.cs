using Microsoft.Extensions.Logging;
using SecurityBot.BotFramework.Builder;
using SecurityBot.Platform.Notifications;
using SecurityBot.Platform.Persistence;
using SecurityBot.Platform.Regional;

namespace SecurityBot.Platform.Chat;

/// <summary>
/// Welcomes a person (or a team) once. The welcome goes through the outbox with an idempotency key per person, so
/// the installationUpdate and conversationUpdate Teams both send on install, a reinstall, or a retried request
/// produce one welcome, and a crash between the two cannot lose it.
/// </summary>
public sealed partial class WelcomeSender(INotificationOutbox outbox, CommandCatalog catalog, KeyedLock locks, ILogger<WelcomeSender> logger, ITimeDisplays? readers = null)
{
    public async Task WelcomeAsync(ITurnContext turn, string welcomeKey, string? userName, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turn);
        var activity = turn.Activity;
        var recipient = NotificationRecipient.Conversation(activity.Conversation!.Id!, activity.ServiceUrl!, activity.TenantId);
        // In the installer's language in their 1:1 chat (the install activity says it); a team's in the organisation's.
        var language = readers is null ? ChatLanguage.English : ChatLanguage.For((await readers.ForTurnAsync(activity, cancellationToken)).Culture);
        var json = TurnContextCardExtensions.ToActivityJson(WelcomeCard.Create(userName, catalog.Help, language));
        var idempotencyKey = "welcome:" + welcomeKey;
        // The other install event's turn, in this process, finishes its check-and-insert before this one starts.
        using var _ = await locks.AcquireAsync(idempotencyKey, cancellationToken);
        // Teams (and the Agents Playground, every time its page opens) sends installationUpdate and
        // conversationUpdate at the same moment. Within one process the lock above serialises them; turns on two
        // instances can both pass the outbox's "already queued?" check and the slower insert hits the unique
        // idempotency key. The other turn's welcome is the one; this turn succeeds.
        switch (await outbox.EnqueueOnceAsync(new OutboundNotification(recipient, json, idempotencyKey), cancellationToken))
        {
            case EnqueueOnceOutcome.Queued:
                LogWelcomed(logger, activity.Conversation.Id!);
                break;
            case EnqueueOnceOutcome.QueuedConcurrently:
                LogWelcomedConcurrently(logger, activity.Conversation.Id!);
                break;
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Queued the welcome for conversation {ConversationId}")]
    private static partial void LogWelcomed(ILogger logger, string conversationId);

    [LoggerMessage(Level = LogLevel.Information, Message = "The welcome for conversation {ConversationId} was queued by a concurrent turn")]
    private static partial void LogWelcomedConcurrently(ILogger logger, string conversationId);
}

using Microsoft.Extensions.Logging;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using SecurityBot.BotFramework.Schema;
using SecurityBot.Cards;
using SecurityBot.Platform.Notifications;

namespace SecurityBot.Platform.Chat;

/// <summary>
/// Answers only the asker may read (register, incident details, exports). In the person's 1:1 chat with the bot the
/// answer is an ordinary reply. Asked in a channel or a group chat, where everyone in it reads the bot's replies, the
/// conversation gets a short pointer and the answer goes to the person's 1:1 chat through the outbox — the way every
/// notification reaches a person: their stored personal conversation, else proactive installation, else it waits
/// until they open the bot. Who may see what is decided before, by the command; this only decides where it lands.
/// </summary>
public sealed partial class PrivateReplies(INotificationOutbox outbox, ILogger<PrivateReplies> logger)
{
    /// <summary>
    /// True when others can read the conversation: anything but a personal chat ("channel", "groupChat", and any type
    /// Teams may add later). Without a type (other channels, old emulators) the isGroup flag decides.
    /// </summary>
    public static bool IsShared(Activity activity)
    {
        ArgumentNullException.ThrowIfNull(activity);
        var type = activity.Conversation?.ConversationType;
        return type is null ? activity.Conversation?.IsGroup == true : !string.Equals(type, "personal", StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>Sends <paramref name="card"/> to the asker only.</summary>
    public Task SendAsync(ChatCommandContext context, AdaptiveCard card, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(card);
        return SendAsync(context, Activity.CreateCardActivity(card, card.FallbackText), cancellationToken);
    }

    /// <summary>Sends <paramref name="answer"/> (any message activity: a card, the CSV export) to the asker only.</summary>
    public async Task SendAsync(ChatCommandContext context, Activity answer, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(answer);
        var turn = context.Turn;
        if (!IsShared(turn.Activity))
        {
            await turn.SendActivityAsync(answer, cancellationToken);
            return;
        }

        var recipient = NotificationRecipient.User(context.Actor.AadObjectId, context.Actor.TenantId);
        var json = JsonSerializer.Serialize(answer, BotJson.Options);
        // Teams may redeliver the message while the first delivery's turn is still running (on another instance):
        // that turn queues the same answer under the same key, and one private answer is enough.
        await outbox.EnqueueOnceAsync(new OutboundNotification(recipient, json, IdempotencyKey(turn.Activity)), cancellationToken);
        LogSentPrivately(logger);
        await turn.SendCardAsync(
            NoticeCard.Info("Sent to you privately", "I've sent my answer to your private chat with SecurityBot: details of incidents and risk acceptances are not shown where others can read them.",
                "If you have never opened that chat, the answer is waiting there when you do."),
            cancellationToken);
    }

    /// <summary>
    /// One private answer per message: Teams redelivers a message with the same id, so the conversation and activity
    /// id name it. Hashed to a fixed length (channel conversation ids are long and partly user-visible text).
    /// </summary>
    private static string IdempotencyKey(Activity activity)
    {
        var source = $"{activity.Conversation?.Id}\n{activity.Id ?? Guid.NewGuid().ToString()}";
        return "private:" + Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(source)));
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Answered a command from a shared conversation in the asker's personal chat")]
    private static partial void LogSentPrivately(ILogger logger);
}

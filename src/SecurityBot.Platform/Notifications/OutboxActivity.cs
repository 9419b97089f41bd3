using System.Text.Json;
using SecurityBot.BotFramework.Schema;

namespace SecurityBot.Platform.Notifications;

/// <summary>The activity an outbox row sends: its stored JSON, addressed to the resolved target.</summary>
internal static class OutboxActivity
{
    /// <exception cref="JsonException">The stored payload is not an activity (a poison row: counted as an attempt).</exception>
    public static Activity Build(OutboxMessage message, DeliveryTarget target, string? appId)
    {
        var activity = JsonSerializer.Deserialize<Activity>(message.ActivityJson, BotJson.Options)
            ?? throw new JsonException("The outbox payload is not an activity.");
        activity.Type ??= "message";
        activity.Conversation ??= new ConversationAccount { Id = target.ConversationId };
        // Activity spec A2061: bots SHOULD send `from` and a channel MAY reject an activity without it. Replies copy it
        // from the inbound recipient; proactive sends take the bot id Teams gave the reference, else Teams' 28:<app id>.
        activity.From ??= BotAccount(target, appId);
        if (message.Kind == NotificationKind.UpdateCardCopy)
        {
            activity.Id = message.TargetActivityId;
        }

        return activity;
    }

    private static ChannelAccount? BotAccount(DeliveryTarget target, string? appId)
    {
        var id = target.Reference?.BotId ?? (string.IsNullOrWhiteSpace(appId) ? null : "28:" + appId);
        return id is null ? null : new ChannelAccount { Id = id };
    }
}

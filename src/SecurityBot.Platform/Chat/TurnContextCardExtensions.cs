using System.Text.Json;
using SecurityBot.BotFramework.Builder;
using SecurityBot.BotFramework.Schema;
using SecurityBot.Cards;

namespace SecurityBot.Platform.Chat;

/// <summary>Sending cards in a turn and rendering them for the outbox.</summary>
public static class TurnContextCardExtensions
{
    /// <summary>Replies in the turn's conversation with one Adaptive Card.</summary>
    public static Task<ResourceResponse?> SendCardAsync(this ITurnContext turn, AdaptiveCard card, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turn);
        return turn.SendActivityAsync(Activity.CreateCardActivity(card, card.FallbackText), cancellationToken);
    }

    /// <summary>Replies in the turn's conversation with a card serialised ahead.</summary>
    public static Task<ResourceResponse?> SendCardAsync(this ITurnContext turn, PreparedCard card, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turn);
        ArgumentNullException.ThrowIfNull(card);
        return turn.SendActivityAsync(Activity.CreateCardActivity(card.Content, card.FallbackText), cancellationToken);
    }

    /// <summary>The activity JSON an <see cref="SecurityBot.Platform.Notifications.OutboundNotification"/> carries for <paramref name="card"/>.</summary>
    public static string ToActivityJson(AdaptiveCard card, bool alert = false)
    {
        ArgumentNullException.ThrowIfNull(card);
        var activity = Activity.CreateCardActivity(card, card.FallbackText);
        if (alert)
        {
            // Raises an activity-feed notification in Teams, for messages someone must act on.
            activity.ChannelData = new { notification = new { alert = true } };
        }

        return JsonSerializer.Serialize(activity, BotJson.Options);
    }
}

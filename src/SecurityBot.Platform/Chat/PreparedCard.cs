using System.Text.Json;
using SecurityBot.Cards;

namespace SecurityBot.Platform.Chat;

/// <summary>
/// A card serialised once and sent many times, for cards that depend on nothing but start-up state (the help card
/// lists the commands this instance answers). Sending it copies JSON instead of walking the card model each turn.
/// </summary>
public sealed record PreparedCard(JsonElement Content, string? FallbackText)
{
    public static PreparedCard From(AdaptiveCard card)
    {
        ArgumentNullException.ThrowIfNull(card);
        return new PreparedCard(card.ToJsonElement(), card.FallbackText);
    }
}

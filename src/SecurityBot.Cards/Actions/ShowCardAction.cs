namespace SecurityBot.Cards;

/// <summary>Reveals a nested card (typically a small form) under the buttons.</summary>
public sealed class ShowCardAction(string title, AdaptiveCard card) : CardAction(title)
{
    public AdaptiveCard Card { get; } = card ?? throw new ArgumentNullException(nameof(card));
}

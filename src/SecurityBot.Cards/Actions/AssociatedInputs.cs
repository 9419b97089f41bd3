namespace SecurityBot.Cards;

/// <summary>Whether an action gathers the card's inputs.</summary>
public enum AssociatedInputs { Auto, None }

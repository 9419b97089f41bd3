namespace SecurityBot.Cards;

/// <summary>Button emphasis.</summary>
public enum ActionStyle { Default, Positive, Destructive }

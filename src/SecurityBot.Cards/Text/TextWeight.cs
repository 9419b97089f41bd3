namespace SecurityBot.Cards;

/// <summary>Text weight.</summary>
public enum TextWeight { Default, Lighter, Bolder }

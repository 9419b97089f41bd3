namespace SecurityBot.Cards;

/// <summary>Horizontal alignment.</summary>
public enum HorizontalAlignment { Left, Center, Right }

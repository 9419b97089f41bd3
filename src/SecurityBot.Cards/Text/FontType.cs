namespace SecurityBot.Cards;

/// <summary>Font family choice.</summary>
public enum FontType { Default, Monospace }

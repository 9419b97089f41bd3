namespace SecurityBot.Cards;

/// <summary>Text colour; the host theme maps these to real colours.</summary>
public enum TextColor { Default, Dark, Light, Accent, Good, Warning, Attention }

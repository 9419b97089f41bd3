namespace SecurityBot.Cards;

/// <summary>Background style of a container, column, table row or cell.</summary>
public enum ContainerStyle { Default, Emphasis, Good, Attention, Warning, Accent }

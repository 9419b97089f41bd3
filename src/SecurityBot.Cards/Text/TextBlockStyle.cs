namespace SecurityBot.Cards;

/// <summary>TextBlock style (1.5): <see cref="Heading"/> is announced as a heading by screen readers.</summary>
public enum TextBlockStyle { Default, Heading }

namespace SecurityBot.Cards;

/// <summary>Vertical alignment of content inside a container.</summary>
public enum VerticalAlignment { Top, Center, Bottom }

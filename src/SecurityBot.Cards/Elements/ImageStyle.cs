namespace SecurityBot.Cards;

/// <summary>Image style; <see cref="Person"/> crops to a circle.</summary>
public enum ImageStyle { Default, Person }

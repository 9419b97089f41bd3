namespace SecurityBot.Cards;

/// <summary>Image size.</summary>
public enum ImageSize { Auto, Stretch, Small, Medium, Large }

namespace SecurityBot.Cards;

// Card enums are written in camelCase by CardJson ("extraLarge", "attention"), exactly as the schema spells
// them. Each lists only values that exist in schema 1.5.
/// <summary>Text size.</summary>
public enum TextSize { Default, Small, Medium, Large, ExtraLarge }

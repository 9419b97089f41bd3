namespace SecurityBot.Cards;

// Adaptive Card enum values are written in camelCase by CardJson ("extraLarge", "attention"),
// which is exactly how the schema spells them. Only values that exist in schema 1.5 are listed.

/// <summary>Text size.</summary>
public enum TextSize { Default, Small, Medium, Large, ExtraLarge }

/// <summary>Text weight.</summary>
public enum TextWeight { Default, Lighter, Bolder }

/// <summary>Text colour; the host theme maps these to real colours.</summary>
public enum TextColor { Default, Dark, Light, Accent, Good, Warning, Attention }

/// <summary>Font family choice.</summary>
public enum FontType { Default, Monospace }

/// <summary>TextBlock style (1.5): <see cref="Heading"/> is announced as a heading by screen readers.</summary>
public enum TextBlockStyle { Default, Heading }

/// <summary>Space above an element.</summary>
public enum Spacing { None, Small, Default, Medium, Large, ExtraLarge, Padding }

/// <summary>Background style of a container, column, table row or cell.</summary>
public enum ContainerStyle { Default, Emphasis, Good, Attention, Warning, Accent }

/// <summary>Horizontal alignment.</summary>
public enum HorizontalAlignment { Left, Center, Right }

/// <summary>Vertical alignment of content inside a container.</summary>
public enum VerticalAlignment { Top, Center, Bottom }

/// <summary>Image size.</summary>
public enum ImageSize { Auto, Stretch, Small, Medium, Large }

/// <summary>Image style; <see cref="Person"/> crops to a circle.</summary>
public enum ImageStyle { Default, Person }

/// <summary>How a choice set is shown.</summary>
public enum ChoiceInputStyle { Compact, Expanded }

/// <summary>Keyboard hint for a text input.</summary>
public enum TextInputStyle { Text, Tel, Url, Email, Password }

/// <summary>Button emphasis.</summary>
public enum ActionStyle { Default, Positive, Destructive }

/// <summary>Whether an action gathers the card's inputs.</summary>
public enum AssociatedInputs { Auto, None }

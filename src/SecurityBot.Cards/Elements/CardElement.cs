using System.Text.Json.Serialization;

namespace SecurityBot.Cards;

/// <summary>
/// Anything that can sit in a card body, container, column or table cell. The list of derived types is the list of
/// element types SecurityBot sends; all exist in schema 1.5.
/// </summary>
[JsonPolymorphic(TypeDiscriminatorPropertyName = "type", UnknownDerivedTypeHandling = JsonUnknownDerivedTypeHandling.FailSerialization)]
[JsonDerivedType(typeof(TextBlock), "TextBlock")]
[JsonDerivedType(typeof(RichTextBlock), "RichTextBlock")]
[JsonDerivedType(typeof(FactSet), "FactSet")]
[JsonDerivedType(typeof(ColumnSet), "ColumnSet")]
[JsonDerivedType(typeof(Container), "Container")]
[JsonDerivedType(typeof(Table), "Table")]
[JsonDerivedType(typeof(Image), "Image")]
[JsonDerivedType(typeof(ActionSet), "ActionSet")]
[JsonDerivedType(typeof(TextInput), "Input.Text")]
[JsonDerivedType(typeof(ChoiceSetInput), "Input.ChoiceSet")]
[JsonDerivedType(typeof(DateInput), "Input.Date")]
[JsonDerivedType(typeof(NumberInput), "Input.Number")]
[JsonDerivedType(typeof(ToggleInput), "Input.Toggle")]
public abstract class CardElement
{
    /// <summary>Element id; required for inputs, optional otherwise.</summary>
    public string? Id { get; set; }

    /// <summary>Space above the element.</summary>
    public Spacing? Spacing { get; set; }

    /// <summary>Draws a line above the element.</summary>
    public bool? Separator { get; set; }
}

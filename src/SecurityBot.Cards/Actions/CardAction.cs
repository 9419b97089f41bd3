using System.Text.Json.Serialization;

namespace SecurityBot.Cards;

/// <summary>A button. The derived types are the action types SecurityBot sends (all in schema 1.5).</summary>
[JsonPolymorphic(TypeDiscriminatorPropertyName = "type", UnknownDerivedTypeHandling = JsonUnknownDerivedTypeHandling.FailSerialization)]
[JsonDerivedType(typeof(ExecuteAction), "Action.Execute")]
[JsonDerivedType(typeof(SubmitAction), "Action.Submit")]
[JsonDerivedType(typeof(OpenUrlAction), "Action.OpenUrl")]
[JsonDerivedType(typeof(ShowCardAction), "Action.ShowCard")]
public abstract class CardAction
{
    protected CardAction(string title) => Title = title ?? throw new ArgumentNullException(nameof(title));

    /// <summary>Button text (not markdown).</summary>
    public string Title { get; }

    public string? Id { get; set; }
    public ActionStyle? Style { get; set; }

    /// <summary>Hover text and accessible description (1.5).</summary>
    public string? Tooltip { get; set; }
}

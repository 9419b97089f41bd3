using System.Text.Json.Nodes;

namespace SecurityBot.Cards;

/// <summary>
/// Action.Execute (Universal Actions): Teams sends an adaptiveCard/action invoke with <see cref="Verb"/> and
/// <see cref="Data"/>, and shows the card the bot returns. Data says WHICH entity and version — never who may act.
/// </summary>
public sealed class ExecuteAction : CardAction
{
    public ExecuteAction(string title, string verb, JsonObject? data = null)
        : base(title)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(verb);
        Verb = verb;
        Data = data;
    }

    /// <summary>Routes the invoke to an ICardActionHandler by prefix, e.g. "incident.acknowledge".</summary>
    public string Verb { get; }

    public JsonObject? Data { get; set; }

    /// <summary>Auto (default) sends the inputs of the card with the action; None sends only <see cref="Data"/>.</summary>
    public AssociatedInputs? AssociatedInputs { get; set; }
}

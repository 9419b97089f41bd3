namespace SecurityBot.Cards;

/// <summary>A row of buttons placed anywhere in the body.</summary>
public sealed class ActionSet : CardElement
{
    public ActionSet()
    {
    }

    public ActionSet(params IEnumerable<CardAction> actions) => Actions.AddRange(actions);

    public List<CardAction> Actions { get; } = [];
}

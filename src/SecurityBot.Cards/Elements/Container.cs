namespace SecurityBot.Cards;

/// <summary>Groups elements, optionally on a coloured background (<see cref="Style"/>).</summary>
public sealed class Container : CardElement
{
    public Container()
    {
    }

    public Container(params IEnumerable<CardElement> items) => Items.AddRange(items);

    public List<CardElement> Items { get; } = [];

    public ContainerStyle? Style { get; set; }

    /// <summary>Lets the background reach the card's edges.</summary>
    public bool? Bleed { get; set; }

    public VerticalAlignment? VerticalContentAlignment { get; set; }
}

using System.Text.Json.Serialization;

namespace SecurityBot.Cards;

/// <summary>One cell of a <see cref="TableRow"/>; <see cref="Style"/> colours it (heat-maps).</summary>
public sealed class TableCell
{
    public TableCell()
    {
    }

    public TableCell(params IEnumerable<CardElement> items) => Items.AddRange(items);

    [JsonPropertyOrder(-1)]
    public string Type => "TableCell";

    public List<CardElement> Items { get; } = [];

    public ContainerStyle? Style { get; set; }
    public VerticalAlignment? VerticalContentAlignment { get; set; }
    public bool? Bleed { get; set; }
}

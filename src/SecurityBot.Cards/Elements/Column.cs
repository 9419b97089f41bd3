using System.Text.Json.Serialization;

namespace SecurityBot.Cards;

/// <summary>One column of a <see cref="ColumnSet"/>.</summary>
public sealed class Column
{
    public Column()
    {
    }

    public Column(ColumnWidth width, params IEnumerable<CardElement> items)
    {
        Width = width;
        Items.AddRange(items);
    }

    [JsonPropertyOrder(-1)]
    public string Type => "Column";

    public List<CardElement> Items { get; } = [];

    public ColumnWidth? Width { get; set; }
    public ContainerStyle? Style { get; set; }
    public VerticalAlignment? VerticalContentAlignment { get; set; }
    public bool? Bleed { get; set; }
}

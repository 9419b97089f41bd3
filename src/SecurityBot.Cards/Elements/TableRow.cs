using System.Text.Json.Serialization;

namespace SecurityBot.Cards;

/// <summary>One row of a <see cref="Table"/>.</summary>
public sealed class TableRow
{
    public TableRow()
    {
    }

    public TableRow(params IEnumerable<TableCell> cells) => Cells.AddRange(cells);

    [JsonPropertyOrder(-1)]
    public string Type => "TableRow";

    public List<TableCell> Cells { get; } = [];

    public ContainerStyle? Style { get; set; }
}

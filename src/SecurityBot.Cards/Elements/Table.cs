namespace SecurityBot.Cards;

/// <summary>A grid (schema 1.5), e.g. the 5x5 risk heat-map. Every row needs one cell per column.</summary>
public sealed class Table : CardElement
{
    public List<TableColumnDefinition> Columns { get; } = [];
    public List<TableRow> Rows { get; } = [];

    /// <summary>Announces the first row as column headers (and styles it so); the renderer's default is true.</summary>
    public bool? FirstRowAsHeaders { get; set; }
    public bool? ShowGridLines { get; set; }
    public ContainerStyle? GridStyle { get; set; }
    public HorizontalAlignment? HorizontalCellContentAlignment { get; set; }
    public VerticalAlignment? VerticalCellContentAlignment { get; set; }
}

namespace SecurityBot.Cards;

/// <summary>Columns side by side.</summary>
public sealed class ColumnSet : CardElement
{
    public ColumnSet()
    {
    }

    public ColumnSet(params IEnumerable<Column> columns) => Columns.AddRange(columns);

    public List<Column> Columns { get; } = [];

    public ContainerStyle? Style { get; set; }
    public bool? Bleed { get; set; }
}

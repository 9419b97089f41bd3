namespace SecurityBot.Cards;

/// <summary>A table column's width (a relative weight or pixels; "auto"/"stretch" are not valid here).</summary>
public sealed record TableColumnDefinition(ColumnWidth Width)
{
    public HorizontalAlignment? HorizontalCellContentAlignment { get; init; }
}

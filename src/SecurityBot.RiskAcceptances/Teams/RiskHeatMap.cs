using System.Globalization;
using SecurityBot.Cards;

namespace SecurityBot.RiskAcceptances.Teams;

/// <summary>
/// The 5×5 matrix as a Table: rows are likelihood (5 at the top), columns impact; each cell shows the product and is
/// coloured by its band — Low green (good), Medium yellow (warning), High and Critical red (attention; Critical
/// cells in bold). The request's own cell is marked with ◆.
/// </summary>
internal static class RiskHeatMap
{
    public static Table Create(RiskScore score)
    {
        var table = new Table
        {
            ShowGridLines = true,
            FirstRowAsHeaders = true,
            HorizontalCellContentAlignment = HorizontalAlignment.Center,
            VerticalCellContentAlignment = VerticalAlignment.Center,
        };
        table.Columns.Add(new TableColumnDefinition(ColumnWidth.Relative(2)));
        for (var i = 0; i < RiskScore.Max; i++)
        {
            table.Columns.Add(new TableColumnDefinition(ColumnWidth.Relative(1)));
        }

        var header = new TableRow(new TableCell(Small("L↓ I→")));
        for (var impact = RiskScore.Min; impact <= RiskScore.Max; impact++)
        {
            header.Cells.Add(new TableCell(Small(impact.ToString(CultureInfo.InvariantCulture))));
        }

        table.Rows.Add(header);
        for (var likelihood = RiskScore.Max; likelihood >= RiskScore.Min; likelihood--)
        {
            var row = new TableRow(new TableCell(Small(likelihood.ToString(CultureInfo.InvariantCulture))));
            for (var impact = RiskScore.Min; impact <= RiskScore.Max; impact++)
            {
                var cell = new RiskScore(likelihood, impact);
                var selected = likelihood == score.Likelihood && impact == score.Impact;
                var text = selected ? $"◆{cell.Value}" : cell.Value.ToString(CultureInfo.InvariantCulture);
                row.Cells.Add(new TableCell(new TextBlock(text)
                {
                    Size = TextSize.Small,
                    Weight = selected || cell.Level == RiskLevel.Critical ? TextWeight.Bolder : null,
                    HorizontalAlignment = HorizontalAlignment.Center,
                })
                {
                    Style = StyleOf(cell.Level),
                });
            }

            table.Rows.Add(row);
        }

        return table;
    }

    public static ContainerStyle StyleOf(RiskLevel level) => level switch
    {
        RiskLevel.Low => ContainerStyle.Good,
        RiskLevel.Medium => ContainerStyle.Warning,
        _ => ContainerStyle.Attention,
    };

    public static TextColor ColorOf(RiskLevel level) => level switch
    {
        RiskLevel.Low => TextColor.Good,
        RiskLevel.Medium => TextColor.Warning,
        _ => TextColor.Attention,
    };

    private static TextBlock Small(string text) => new(text) { Size = TextSize.Small, IsSubtle = true, HorizontalAlignment = HorizontalAlignment.Center };
}

using System.Globalization;
using SecurityBot.Cards;

namespace SecurityBot.RiskAcceptances.Teams;

/// <summary>"risk list": the user's own requests and, for security roles, the active register.</summary>
internal static class RiskListCard
{
    /// <param name="mine">The user's requests (made or owned).</param>
    /// <param name="active">The active register, or null when the user holds no security role.</param>
    /// <param name="activeOrder">How <paramref name="active"/> is sorted, for its heading.</param>
    /// <param name="reader">How the asker sees dates (the list is always answered in their 1:1 chat).</param>
    public static AdaptiveCard Create(IReadOnlyList<RiskAcceptance> mine, IReadOnlyList<RiskAcceptance>? active, string activeOrder, TimeDisplay reader)
    {
        ArgumentNullException.ThrowIfNull(mine);
        var card = new AdaptiveCard
        {
            FallbackText = $"Risk acceptances: {mine.Count} of yours" + (active is null ? string.Empty : $", {active.Count} active"),
            Body = { TextBlock.Heading("Risk acceptances") },
        };
        card.Body.Add(new TextBlock("Yours") { Weight = TextWeight.Bolder, Spacing = Spacing.Medium });
        card.Body.Add(mine.Count == 0 ? new TextBlock("You have not requested any. Type risk to request one.") { Wrap = true, IsSubtle = true } : Table(mine, reader));
        if (active is not null)
        {
            card.Body.Add(new TextBlock($"Active register ({active.Count}, {activeOrder})") { Weight = TextWeight.Bolder, Spacing = Spacing.Medium });
            card.Body.Add(active.Count == 0 ? new TextBlock("No risk is accepted at the moment.") { IsSubtle = true, Wrap = true } : Table(active, reader));
        }

        var example = mine.Concat(active ?? []).Select(r => r.Reference).FirstOrDefault();
        var open = example is null ? string.Empty : $"Type risk {example} to open one. ";
        // Someone with nothing listed and no register was already told how to request one, just above.
        var footer = open + (active is not null ? "Type risk list expiry to sort the register by expiry, risk export for CSV."
            : mine.Count > 0 ? "Type risk to request one." : string.Empty);
        if (footer.Length > 0)
        {
            card.Body.Add(new TextBlock(footer.TrimEnd())
            {
                Wrap = true,
                IsSubtle = true,
                Size = TextSize.Small,
                Spacing = Spacing.Medium,
            });
        }

        card.Actions.Add(SubmitAction.MessageBack("New request", "risk"));
        if (active is not null)
        {
            card.Actions.Add(SubmitAction.MessageBack("By expiry", "risk list expiry"));
            card.Actions.Add(SubmitAction.MessageBack("Export CSV", "risk export"));
        }

        return card;
    }

    private static Table Table(IReadOnlyList<RiskAcceptance> risks, TimeDisplay reader)
    {
        var table = new Table
        {
            FirstRowAsHeaders = true,
            ShowGridLines = false,
            Columns =
            {
                new TableColumnDefinition(ColumnWidth.Relative(3)),
                new TableColumnDefinition(ColumnWidth.Relative(5)),
                new TableColumnDefinition(ColumnWidth.Relative(2)),
                new TableColumnDefinition(ColumnWidth.Relative(3)),
            },
            Rows = { new TableRow(Header("Ref"), Header("Title"), Header("Score"), Header("Status")) },
        };
        foreach (var risk in risks)
        {
            table.Rows.Add(new TableRow(
                new TableCell(new TextBlock(risk.Reference) { Size = TextSize.Small }),
                new TableCell(new RichTextBlock(TextRun.FromUserText(CardText.Truncate(risk.Title, 80)))),
                new TableCell(new TextBlock(risk.Score.Value.ToString(CultureInfo.InvariantCulture)) { Size = TextSize.Small, Weight = TextWeight.Bolder })
                {
                    Style = RiskHeatMap.StyleOf(risk.Score.Level),
                },
                new TableCell(new TextBlock(Status(risk, reader)) { Size = TextSize.Small, Wrap = true })));
        }

        return table;
    }

    private static string Status(RiskAcceptance risk, TimeDisplay reader) => risk.Status switch
    {
        RiskAcceptanceStatus.Accepted => risk.ExpiresAt is { } until ? $"Accepted until {reader.DayOf(until)}" : "Accepted",
        RiskAcceptanceStatus.PendingApproval => risk.IsRenewal ? "Renewal pending" : "Pending approval",
        RiskAcceptanceStatus.ChangesRequested => "Changes requested",
        RiskAcceptanceStatus.Draft => "Draft",
        RiskAcceptanceStatus.Rejected => "Rejected",
        RiskAcceptanceStatus.Expired => "Expired",
        RiskAcceptanceStatus.Remediated => "Remediated",
        _ => risk.Status.ToString(),
    };

    private static TableCell Header(string text) => new(new TextBlock(text) { Weight = TextWeight.Bolder, Size = TextSize.Small });
}

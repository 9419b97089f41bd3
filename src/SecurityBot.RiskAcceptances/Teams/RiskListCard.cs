using System.Globalization;
using SecurityBot.Cards;
using SecurityBot.RiskAcceptances.Teams.Resources;

namespace SecurityBot.RiskAcceptances.Teams;

/// <summary>"risk list": the user's own requests and, for security roles, the active register, in their language.</summary>
internal static class RiskListCard
{
    /// <param name="mine">The user's requests (made or owned).</param>
    /// <param name="active">The active register, or null when the user holds no security role.</param>
    /// <param name="byExpiry">Whether <paramref name="active"/> is sorted soonest expiry first (else highest score first), for its heading.</param>
    /// <param name="reader">How the asker sees dates and words (the list is always answered in their 1:1 chat).</param>
    public static AdaptiveCard Create(IReadOnlyList<RiskAcceptance> mine, IReadOnlyList<RiskAcceptance>? active, bool byExpiry, TimeDisplay reader)
    {
        ArgumentNullException.ThrowIfNull(mine);
        ArgumentNullException.ThrowIfNull(reader);
        var text = RiskLanguage.For(reader.Culture);
        var card = new AdaptiveCard
        {
            FallbackText = active is null ? text.Format(nameof(RiskTexts.List_Fallback), mine.Count) : text.Format(nameof(RiskTexts.List_FallbackActive), mine.Count, active.Count),
            Body = { TextBlock.Heading(text[nameof(RiskTexts.List_Heading)]) },
        };
        card.Body.Add(new TextBlock(text[nameof(RiskTexts.List_Yours)]) { Weight = TextWeight.Bolder, Spacing = Spacing.Medium });
        card.Body.Add(mine.Count == 0 ? new TextBlock(text[nameof(RiskTexts.List_NoneYours)]) { Wrap = true, IsSubtle = true } : Table(mine, reader, text));
        if (active is not null)
        {
            var order = text[byExpiry ? nameof(RiskTexts.List_ByExpiry) : nameof(RiskTexts.List_ByScore)];
            card.Body.Add(new TextBlock(text.Format(nameof(RiskTexts.List_Active), active.Count, order)) { Weight = TextWeight.Bolder, Spacing = Spacing.Medium });
            card.Body.Add(active.Count == 0 ? new TextBlock(text[nameof(RiskTexts.List_NoneActive)]) { IsSubtle = true, Wrap = true } : Table(active, reader, text));
        }

        var example = mine.Concat(active ?? []).Select(r => r.Reference).FirstOrDefault();
        var open = example is null ? string.Empty : text.Format(nameof(RiskTexts.List_Open), example) + " ";
        // Someone with nothing listed and no register was already told how to request one, just above.
        var footer = open + (active is not null ? text[nameof(RiskTexts.List_RegisterHint)]
            : mine.Count > 0 ? text[nameof(RiskTexts.List_RequestHint)] : string.Empty);
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

        card.Actions.Add(SubmitAction.MessageBack(text[nameof(RiskTexts.List_New)], "risk"));
        if (active is not null)
        {
            card.Actions.Add(SubmitAction.MessageBack(text[nameof(RiskTexts.List_ButtonByExpiry)], "risk list expiry"));
            card.Actions.Add(SubmitAction.MessageBack(text[nameof(RiskTexts.List_Export)], "risk export"));
        }

        return card;
    }

    private static Table Table(IReadOnlyList<RiskAcceptance> risks, TimeDisplay reader, Localizer text)
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
            Rows =
            {
                new TableRow(Header(text[nameof(RiskTexts.List_Ref)]), Header(text[nameof(RiskTexts.List_Title)]), Header(text[nameof(RiskTexts.List_Score)]),
                    Header(text[nameof(RiskTexts.List_Status)])),
            },
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
                new TableCell(new TextBlock(Status(risk, reader, text)) { Size = TextSize.Small, Wrap = true })));
        }

        return table;
    }

    private static string Status(RiskAcceptance risk, TimeDisplay reader, Localizer text) => risk.Status switch
    {
        RiskAcceptanceStatus.Accepted => risk.ExpiresAt is { } until ? text.Format(nameof(RiskTexts.Short_AcceptedUntil), reader.DayOf(until)) : text[nameof(RiskTexts.Short_Accepted)],
        RiskAcceptanceStatus.PendingApproval => text[risk.IsRenewal ? nameof(RiskTexts.Short_RenewalPending) : nameof(RiskTexts.Short_Pending)],
        RiskAcceptanceStatus.ChangesRequested => text[nameof(RiskTexts.Short_ChangesRequested)],
        RiskAcceptanceStatus.Draft => text[nameof(RiskTexts.Short_Draft)],
        RiskAcceptanceStatus.Rejected => text[nameof(RiskTexts.Short_Rejected)],
        RiskAcceptanceStatus.Expired => text[nameof(RiskTexts.Short_Expired)],
        RiskAcceptanceStatus.Remediated => text[nameof(RiskTexts.Short_Remediated)],
        RiskAcceptanceStatus.Withdrawn => text[nameof(RiskTexts.Short_Withdrawn)],
        _ => risk.Status.ToString(),
    };

    private static TableCell Header(string text) => new(new TextBlock(text) { Weight = TextWeight.Bolder, Size = TextSize.Small });
}

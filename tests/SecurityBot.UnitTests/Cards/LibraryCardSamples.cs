using System.Text.Json.Nodes;
using SecurityBot.Cards;

namespace SecurityBot.UnitTests.Cards;

/// <summary>Cards that use every element and action of the library, including hostile user text.</summary>
public sealed class LibraryCardSamples : ICardSamples
{
    private const string HostileText = "**URGENT** [reset your password](https://evil.example) <at>CEO</at> www.evil.example\n# hi\n- item";

    public IEnumerable<(string Name, AdaptiveCard Card)> Samples()
    {
        yield return ("Cards/heat-map", HeatMap());
        yield return ("Cards/form", Form());
        yield return ("Cards/everything-else", EverythingElse());
        yield return ("Cards/minimal", new AdaptiveCard { Body = { new TextBlock("Hello") } });
        yield return ("Cards/hostile-text", HostileTexts());
    }

    /// <summary>A 5x5 likelihood × impact heat-map with counts, as the risk register shows it.</summary>
    public static AdaptiveCard HeatMap()
    {
        int[,] counts = { { 0, 1, 0, 2, 1 }, { 1, 0, 3, 1, 0 }, { 2, 4, 1, 0, 0 }, { 3, 2, 0, 1, 0 }, { 5, 1, 0, 0, 0 } };
        var table = new Table
        {
            FirstRowAsHeaders = true,
            ShowGridLines = true,
            HorizontalCellContentAlignment = HorizontalAlignment.Center,
            VerticalCellContentAlignment = VerticalAlignment.Center,
        };
        table.Columns.Add(new TableColumnDefinition(ColumnWidth.Relative(3)) { HorizontalCellContentAlignment = HorizontalAlignment.Left });
        for (var i = 0; i < 5; i++)
        {
            table.Columns.Add(new TableColumnDefinition(ColumnWidth.Relative(2)));
        }

        var header = new TableRow(new TableCell(new TextBlock("Likelihood ↓ / Impact →") { Weight = TextWeight.Bolder, Wrap = true, Size = TextSize.Small }));
        header.Cells.AddRange(Enumerable.Range(1, 5).Select(i => new TableCell(new TextBlock(i.ToString(System.Globalization.CultureInfo.InvariantCulture)) { Weight = TextWeight.Bolder })));
        table.Rows.Add(header);
        string[] likelihood = ["5 Almost certain", "4 Likely", "3 Possible", "2 Unlikely", "1 Rare"];
        for (var row = 0; row < 5; row++)
        {
            var tableRow = new TableRow(new TableCell(new TextBlock(likelihood[row]) { Wrap = true, Size = TextSize.Small }));
            for (var col = 0; col < 5; col++)
            {
                var score = (5 - row) * (col + 1);
                var count = counts[row, col];
                tableRow.Cells.Add(new TableCell(new TextBlock(count == 0 ? "·" : count.ToString(System.Globalization.CultureInfo.InvariantCulture))
                {
                    Weight = count == 0 ? null : TextWeight.Bolder,
                    IsSubtle = count == 0 ? true : null,
                })
                {
                    Style = score >= 15 ? ContainerStyle.Attention : score >= 5 ? ContainerStyle.Warning : ContainerStyle.Good,
                });
            }

            table.Rows.Add(tableRow);
        }

        return new AdaptiveCard
        {
            FallbackText = "Risk heat-map",
            Body =
            {
                TextBlock.Heading("Accepted risks by likelihood and impact"),
                table,
                new TextBlock("Red: score 15–25 · Amber: 5–14 · Green: 1–4") { IsSubtle = true, Size = TextSize.Small, Wrap = true },
            },
        }.WithFullWidth();
    }

    private static AdaptiveCard HostileTexts()
    {
        var card = new AdaptiveCard();
        card.Body.AddRange(CardTextTests.Attacks.Select(a => TextBlock.FromUserText(a)));
        card.Body.Add(new FactSet(CardTextTests.Attacks.Take(6).Select(a => Fact.FromUserText("Fact", a))));
        return card;
    }

    private static AdaptiveCard Form() => new()
    {
        Body =
        {
            TextBlock.Heading("Request a risk acceptance"),
            new TextInput("title", "What is the risk?") { IsRequired = true, ErrorMessage = "Describe the risk.", MaxLength = 200, Placeholder = "e.g. Legacy VPN appliance" },
            new TextInput("justification", "Why accept it?") { IsMultiline = true, MaxLength = 2000 },
            new TextInput("ticket", "Ticket") { Regex = "^[A-Z]+-[0-9]+$", ErrorMessage = "Use a ticket key like SEC-42." },
            new ChoiceSetInput("impact", "Impact") { Style = ChoiceInputStyle.Compact, Value = "3", IsRequired = true, ErrorMessage = "Pick an impact." }
                .WithChoices(new Choice("1 Minimal", "1"), new Choice("3 Moderate", "3"), new Choice("5 Severe", "5")),
            new ChoiceSetInput("systems", "Systems") { Style = ChoiceInputStyle.Expanded, IsMultiSelect = true }
                .WithChoices(new Choice("Email", "email"), new Choice("VPN", "vpn")),
            new DateInput("until", "Accept until") { Min = new DateOnly(2026, 12, 1), Max = new DateOnly(2027, 12, 1) },
            new NumberInput("likelihood", "Likelihood (1-5)") { Min = 1, Max = 5, Value = 3 },
            new ToggleInput("compensating", "Compensating controls are in place", "Controls") { Value = "false" },
        },
        Actions =
        {
            new ExecuteAction("Submit", "risk.submit", new JsonObject { ["draft"] = 1 }) { Style = ActionStyle.Positive },
            new ExecuteAction("Cancel", "risk.cancel") { AssociatedInputs = AssociatedInputs.None },
        },
    };

    private static AdaptiveCard EverythingElse()
    {
        var card = new AdaptiveCard
        {
            Refresh = new CardRefresh(new ExecuteAction("Refresh", "incident.refresh", new JsonObject { ["incidentId"] = "INC-7", ["version"] = 3 }))
                .ForUsers(["29:1a", "29:2b"]),
        }.WithFullWidth();
        var mention = card.Mention("29:1a", "Ada Lovelace");
        card.Body.Add(new Container
        {
            Style = ContainerStyle.Attention,
            Bleed = true,
            Items = { TextBlock.Heading("INC-7 · Phishing"), new TextBlock($"Assigned to {mention}") { Wrap = true } },
        });
        card.Body.Add(TextBlock.FromUserText(HostileText));
        var quoted = TextRun.FromUserText(HostileText);
        quoted.Italic = true;
        card.Body.Add(new RichTextBlock(new TextRun("Reporter said: ") { Weight = TextWeight.Bolder }, quoted));
        card.Body.Add(new FactSet(new Fact("Severity", "High"), Fact.FromUserText("Summary", HostileText)) { Separator = true });
        card.Body.Add(new ColumnSet(
            new Column(ColumnWidth.Auto, new Image(new Uri("https://adaptivecards.io/content/cats/1.png"), "Reporter photo") { Size = ImageSize.Small, Style = ImageStyle.Person }),
            new Column(ColumnWidth.Stretch, new TextBlock("Grace Hopper") { Weight = TextWeight.Bolder }, new TextBlock("Reported 10 minutes ago") { IsSubtle = true, Spacing = Spacing.None }))
        {
            Spacing = Spacing.Medium,
        });
        card.Body.Add(new ActionSet(new OpenUrlAction("Open policy", new Uri("https://intranet.example/policies/phishing"))));
        card.Actions.Add(new ExecuteAction("Acknowledge", "incident.acknowledge", new JsonObject { ["incidentId"] = "INC-7", ["version"] = 3 }) { Style = ActionStyle.Positive, Tooltip = "Take the incident" });
        card.Actions.Add(new ShowCardAction("Add note", new AdaptiveCard
        {
            Body = { new TextInput("note", "Note") { IsMultiline = true, MaxLength = 1000 } },
            Actions = { new ExecuteAction("Save", "incident.note", new JsonObject { ["incidentId"] = "INC-7", ["version"] = 3 }) },
        }));
        card.Actions.Add(new SubmitAction("Escalate", new JsonObject { ["verb"] = "incident.escalate", ["incidentId"] = "INC-7" }) { Style = ActionStyle.Destructive });
        card.Actions.Add(SubmitAction.ImBack("Status", "status INC-7"));
        return card;
    }
}

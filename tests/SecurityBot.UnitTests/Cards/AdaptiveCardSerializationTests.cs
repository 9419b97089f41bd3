using System.Text.Json;
using System.Text.Json.Nodes;
using SecurityBot.Cards;

namespace SecurityBot.UnitTests.Cards;

public sealed class AdaptiveCardSerializationTests
{
    [Fact]
    public void ToJson_Card_WritesTypeSchemaAndVersionFirst()
    {
        var json = new AdaptiveCard { Body = { new TextBlock("x") } }.ToJsonElement();

        json.EnumerateObject().Select(p => p.Name).Take(3).Should().Equal("type", "$schema", "version");
        json.GetProperty("type").GetString().Should().Be("AdaptiveCard");
        json.GetProperty("version").GetString().Should().Be("1.5");
    }

    [Fact]
    public void ToJson_Elements_WriteTypeDiscriminatorFirstCamelCaseAndNoNulls()
    {
        var card = new AdaptiveCard
        {
            Body = { new TextBlock("Hi") { IsSubtle = true, Size = TextSize.ExtraLarge, Color = TextColor.Attention } },
        };

        var block = card.ToJsonElement().GetProperty("body")[0];

        block.EnumerateObject().First().Name.Should().Be("type");
        block.GetProperty("type").GetString().Should().Be("TextBlock");
        block.GetProperty("isSubtle").GetBoolean().Should().BeTrue();
        block.GetProperty("size").GetString().Should().Be("extraLarge");
        block.GetProperty("color").GetString().Should().Be("attention");
        block.TryGetProperty("weight", out _).Should().BeFalse("unset properties are omitted, not written as null");
        block.TryGetProperty("id", out _).Should().BeFalse();
    }

    [Fact]
    public void ToJson_NonAsciiText_IsWrittenAsIsButHtmlCharactersAreEscaped()
    {
        var json = new AdaptiveCard { Body = { new TextBlock("Grüße — 日本 <b>") } }.ToJson();

        json.Should().Contain("Grüße — 日本").And.Contain("\\u003Cb\\u003E");
    }

    [Fact]
    public void ToJson_EmptyCollections_AreOmitted()
    {
        var json = new AdaptiveCard { Body = { new TextBlock("x") } }.ToJsonElement();

        json.TryGetProperty("actions", out _).Should().BeFalse();
    }

    [Theory]
    [MemberData(nameof(CallerOptions))]
    public void Serialize_CardInObjectProperty_IsTheSameWhateverTheCallerOptions(JsonSerializerOptions options)
    {
        var card = new AdaptiveCard { Body = { new TextBlock("Hi") { Wrap = true } }, Actions = { new ExecuteAction("Go", "x.go") } };
        var attachment = new AttachmentLike { ContentType = AdaptiveCard.ContentType, Content = card };

        var written = JsonNode.Parse(JsonSerializer.Serialize(attachment, options))!;
        var content = written[options.PropertyNamingPolicy is null ? "Content" : "content"]!;

        JsonNode.DeepEquals(content, JsonNode.Parse(card.ToJson())).Should().BeTrue(content.ToJsonString());
        content["body"]![0]!["type"]!.GetValue<string>().Should().Be("TextBlock");
        content["actions"]![0]!["type"]!.GetValue<string>().Should().Be("Action.Execute");
    }

    public static TheoryData<JsonSerializerOptions> CallerOptions() =>
    [
        new JsonSerializerOptions(),
        new JsonSerializerOptions(JsonSerializerDefaults.Web),
        new JsonSerializerOptions { PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower, WriteIndented = true },
    ];

    [Theory]
    [InlineData("1.6")]
    [InlineData("2.0")]
    [InlineData("9.9")]
    [InlineData("1.5.1")]
    [InlineData("0.9")]
    [InlineData("latest")]
    public void Version_AboveOrOutside15_IsRefused(string version)
    {
        var create = () => new AdaptiveCard { Version = version };

        create.Should().Throw<ArgumentOutOfRangeException>();
    }

    [Fact]
    public void Version_Lower_IsKept()
    {
        new AdaptiveCard { Version = "1.2" }.ToJsonElement().GetProperty("version").GetString().Should().Be("1.2");
    }

    [Fact]
    public void ToJson_FixedPlaceObjects_CarryTheirType()
    {
        var card = new AdaptiveCard
        {
            Body =
            {
                new ColumnSet(new Column(ColumnWidth.Auto, new TextBlock("a")), new Column(ColumnWidth.Relative(2), new TextBlock("b"))),
                new Table { Columns = { new TableColumnDefinition(ColumnWidth.FixedPixels(40)) }, Rows = { new TableRow(new TableCell(new TextBlock("c"))) } },
                new RichTextBlock(new TextRun("d")),
            },
        };

        var body = card.ToJsonElement().GetProperty("body");

        body[0].GetProperty("columns")[0].GetProperty("type").GetString().Should().Be("Column");
        body[0].GetProperty("columns")[0].GetProperty("width").GetString().Should().Be("auto");
        body[0].GetProperty("columns")[1].GetProperty("width").GetInt32().Should().Be(2);
        body[1].GetProperty("columns")[0].GetProperty("width").GetString().Should().Be("40px");
        body[1].GetProperty("rows")[0].GetProperty("type").GetString().Should().Be("TableRow");
        body[1].GetProperty("rows")[0].GetProperty("cells")[0].GetProperty("type").GetString().Should().Be("TableCell");
        body[2].GetProperty("inlines")[0].GetProperty("type").GetString().Should().Be("TextRun");
    }

    [Fact]
    public void ToJson_RefreshAndTeamsProperties_UseTeamsNames()
    {
        var card = new AdaptiveCard
        {
            Refresh = new CardRefresh(new ExecuteAction("Refresh", "incident.refresh", new JsonObject { ["incidentId"] = "INC-1" })).ForUsers(["29:a", "29:b"]),
        }.WithFullWidth();
        var mention = card.Mention("29:a", "Ada Lovelace");

        var json = card.ToJsonElement();

        json.GetProperty("msteams").GetProperty("width").GetString().Should().Be("Full");
        var entity = json.GetProperty("msteams").GetProperty("entities")[0];
        entity.GetProperty("type").GetString().Should().Be("mention");
        entity.GetProperty("text").GetString().Should().Be(mention).And.Be("<at>Ada Lovelace</at>");
        entity.GetProperty("mentioned").GetProperty("id").GetString().Should().Be("29:a");
        var refresh = json.GetProperty("refresh");
        refresh.GetProperty("action").GetProperty("type").GetString().Should().Be("Action.Execute");
        refresh.GetProperty("action").GetProperty("verb").GetString().Should().Be("incident.refresh");
        refresh.GetProperty("action").GetProperty("data").GetProperty("incidentId").GetString().Should().Be("INC-1");
        refresh.GetProperty("userIds").EnumerateArray().Select(e => e.GetString()).Should().Equal("29:a", "29:b");
    }

    [Fact]
    public void ToJson_RefreshWithoutUsers_OmitsUserIds()
    {
        var json = new AdaptiveCard { Refresh = new CardRefresh(new ExecuteAction("Refresh", "x.refresh")) }.ToJsonElement();

        json.GetProperty("refresh").TryGetProperty("userIds", out _).Should().BeFalse("an empty list would refresh nobody");
    }

    [Fact]
    public void ForUsers_MoreThan60_IsRefused()
    {
        var refresh = new CardRefresh(new ExecuteAction("Refresh", "x.refresh"));

        var act = () => refresh.ForUsers(Enumerable.Range(0, 61).Select(i => $"29:{i}"));

        act.Should().Throw<ArgumentOutOfRangeException>();
    }

    [Fact]
    public void MessageBack_Button_CarriesTeamsMessageBackData()
    {
        var data = new AdaptiveCard { Actions = { SubmitAction.MessageBack("Help", "help") } }
            .ToJsonElement().GetProperty("actions")[0].GetProperty("data").GetProperty("msteams");

        data.GetProperty("type").GetString().Should().Be("messageBack");
        data.GetProperty("text").GetString().Should().Be("help");
        data.GetProperty("displayText").GetString().Should().Be("help");
    }

    [Fact]
    public void ImBack_Button_CarriesTeamsImBackData()
    {
        var data = new AdaptiveCard { Actions = { SubmitAction.ImBack("Help", "help") } }
            .ToJsonElement().GetProperty("actions")[0].GetProperty("data").GetProperty("msteams");

        data.GetProperty("type").GetString().Should().Be("imBack");
        data.GetProperty("value").GetString().Should().Be("help");
    }

    [Theory]
    [InlineData("javascript:alert(1)")]
    [InlineData("file:///etc/passwd")]
    [InlineData("data:text/html,hi")]
    public void OpenUrlAction_NonHttpUrl_IsRefused(string url)
    {
        var act = () => new OpenUrlAction("Open", new Uri(url));

        act.Should().Throw<ArgumentException>();
    }

    [Fact]
    public void Inputs_Serialize_DatesAsIsoAndTypeNames()
    {
        var card = new AdaptiveCard
        {
            Body =
            {
                new DateInput("until", "Until") { Min = new DateOnly(2026, 1, 31) },
                new NumberInput("n", "N") { Min = 1, Max = 5 },
                new ChoiceSetInput("c", "C") { Style = ChoiceInputStyle.Expanded }.WithChoices(new Choice("One", "1")),
            },
        };

        var body = card.ToJsonElement().GetProperty("body");

        body[0].GetProperty("type").GetString().Should().Be("Input.Date");
        body[0].GetProperty("min").GetString().Should().Be("2026-01-31");
        body[1].GetProperty("type").GetString().Should().Be("Input.Number");
        body[1].GetProperty("max").GetDouble().Should().Be(5);
        body[2].GetProperty("type").GetString().Should().Be("Input.ChoiceSet");
        body[2].GetProperty("style").GetString().Should().Be("expanded");
        body[2].GetProperty("choices")[0].GetProperty("value").GetString().Should().Be("1");
    }

    private sealed class AttachmentLike
    {
        public string? ContentType { get; set; }
        public object? Content { get; set; }
    }
}

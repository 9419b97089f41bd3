using SecurityBot.Cards;
using SecurityBot.Testing.Cards;

namespace SecurityBot.UnitTests.Cards;

public sealed class AdaptiveCardValidatorTests
{
    [Fact]
    public async Task ValidateAsync_ValidCard_ReportsNoErrors()
    {
        var card = new AdaptiveCard { Body = { new TextBlock("Hello") } };

        var result = await AdaptiveCardValidator.ValidateAsync(card.ToJson());

        result.Errors.Should().BeEmpty();
        result.IsValid.Should().BeTrue(string.Join("; ", result.Problems));
    }

    [Theory]
    [InlineData("""{"type":"AdaptiveCard","version":"1.5","body":[{"type":"Banner","text":"x"}]}""", "UnknownElementType")]
    [InlineData("""{"type":"AdaptiveCard","version":"1.5","body":[{"type":"TextBlock","text":"x","size":"huge"}]}""", "InvalidPropertyValue")]
    [InlineData("""{"type":"AdaptiveCard","version":"9.9","body":[]}""", "UnsupportedCardVersion")]
    [InlineData("""{"type":"AdaptiveCard","version":"1.5","actions":[{"type":"Action.Teleport","title":"x"}]}""", "UnknownActionType")]
    [InlineData("""{"type":"AdaptiveCard","version":"1.5","body":[{"type":"Input.Text","id":"a","label":"A"},{"type":"Input.Text","id":"a","label":"B"}]}""", "DuplicateId")]
    [InlineData("""{"type":"AdaptiveCard","version":"1.5","body":[{"type":"Input.Text","id":"a","isRequired":true}]}""", "RequiredInputsShouldHaveLabel")]
    [InlineData("""{"type":"Card","version":"1.5","body":[]}""", "MissingCardType")]
    [InlineData("""{"type":"AdaptiveCard","version":"1.5","body":[{"type":"TextBlock","text":"x","colour":"good"}]}""", "UnknownProperty")]
    [InlineData("""{"type":"AdaptiveCard","version":"1.5","body":[{"type":"Table","firstRowAsHeader":false,"columns":[{"width":1}],"rows":[]}]}""", "UnknownProperty")]
    public async Task ValidateAsync_BrokenCard_ReportsTheError(string json, string expectedEvent)
    {
        var result = await AdaptiveCardValidator.ValidateAsync(json);

        result.Errors.Select(e => e.Event).Should().Contain(expectedEvent, string.Join("; ", result.Errors));
    }

    // Each property is valid on another type (the old check accepted any name some schema knew), so only a per-type
    // check refuses them; the message names the type and the JSON path.
    [Theory]
    [InlineData("""{"type":"AdaptiveCard","version":"1.5","body":[{"type":"Container","wrap":true,"items":[]}]}""", "\"wrap\" is not valid on Container, at $.body[0]")]
    [InlineData("""{"type":"AdaptiveCard","version":"1.5","body":[{"type":"TextBlock","text":"x","placeholder":"p"}]}""", "\"placeholder\" is not valid on TextBlock, at $.body[0]")]
    [InlineData("""{"type":"AdaptiveCard","version":"1.5","body":[{"type":"Input.Text","id":"a","label":"A","isMultiSelect":true}]}""", "\"isMultiSelect\" is not valid on Input.Text, at $.body[0]")]
    [InlineData("""{"type":"AdaptiveCard","version":"1.5","body":[{"type":"ColumnSet","columns":[{"type":"Column","wrap":true,"items":[]}]}]}""", "\"wrap\" is not valid on Column, at $.body[0].columns[0]")]
    [InlineData("""{"type":"AdaptiveCard","version":"1.5","body":[{"type":"FactSet","facts":[{"title":"a","value":"b","wrap":true}]}]}""", "\"wrap\" is not valid on Fact, at $.body[0].facts[0]")]
    [InlineData("""{"type":"AdaptiveCard","version":"1.5","body":[{"type":"Input.ChoiceSet","id":"c","label":"C","choices":[{"title":"a","value":"a","isSubtle":true}]}]}""", "\"isSubtle\" is not valid on Choice, at $.body[0].choices[0]")]
    [InlineData("""{"type":"AdaptiveCard","version":"1.5","body":[{"type":"Table","columns":[{"width":1}],"rows":[{"type":"TableRow","cells":[{"type":"TableCell","wrap":true,"items":[]}]}]}]}""", "\"wrap\" is not valid on TableCell, at $.body[0].rows[0].cells[0]")]
    [InlineData("""{"type":"AdaptiveCard","version":"1.5","body":[{"type":"Table","columns":[{"width":1,"style":"good"}],"rows":[]}]}""", "\"style\" is not valid on TableColumnDefinition, at $.body[0].columns[0]")]
    [InlineData("""{"type":"AdaptiveCard","version":"1.5","body":[{"type":"RichTextBlock","inlines":[{"type":"TextRun","text":"x","wrap":true}]}]}""", "\"wrap\" is not valid on TextRun, at $.body[0].inlines[0]")]
    [InlineData("""{"type":"AdaptiveCard","version":"1.5","body":[{"type":"Container","items":[],"selectAction":{"type":"Action.OpenUrl","url":"https://example.com","verb":"v"}}]}""", "\"verb\" is not valid on Action.OpenUrl, at $.body[0].selectAction")]
    [InlineData("""{"type":"AdaptiveCard","version":"1.5","body":[],"actions":[{"type":"Action.Submit","title":"t","url":"https://example.com"}]}""", "\"url\" is not valid on Action.Submit, at $.actions[0]")]
    [InlineData("""{"type":"AdaptiveCard","version":"1.5","body":[],"actions":[{"type":"Action.ShowCard","title":"t","card":{"type":"AdaptiveCard","body":[{"type":"Container","wrap":true,"items":[]}]}}]}""", "\"wrap\" is not valid on Container, at $.actions[0].card.body[0]")]
    [InlineData("""{"type":"AdaptiveCard","version":"1.5","body":[{"type":"TextBlock","text":"x","fallback":{"type":"Container","wrap":true,"items":[]}}]}""", "\"wrap\" is not valid on Container, at $.body[0].fallback")]
    [InlineData("""{"type":"AdaptiveCard","version":"1.5","wrap":true,"body":[]}""", "\"wrap\" is not valid on AdaptiveCard, at $.")]
    public async Task ValidateAsync_PropertyOfAnotherType_IsRefusedWithTypeAndPath(string json, string expectedMessage)
    {
        var result = await AdaptiveCardValidator.ValidateAsync(json);

        result.IsValid.Should().BeFalse();
        result.Errors.Should().ContainSingle(e => e.Event == "UnknownProperty")
            .Which.Message.Should().Contain(expectedMessage);
    }

    [Fact]
    public async Task ValidateAsync_PropertiesOfTheirOwnTypes_AreAccepted()
    {
        // The same names as above, each where it belongs, plus what the library parses outside the schemas
        // (fallback, items, columns, card...) and the bags it never reads (msteams, data, requires).
        const string json = """
            {"type":"AdaptiveCard","version":"1.5","$schema":"http://adaptivecards.io/schemas/adaptive-card.json",
             "msteams":{"width":"Full"},"body":[
              {"type":"Container","items":[{"type":"TextBlock","text":"x","wrap":true}],"requires":{"x":"1.0"}},
              {"type":"Input.Text","id":"t","label":"T","placeholder":"p","fallback":"drop"},
              {"type":"Input.ChoiceSet","id":"c","label":"C","isMultiSelect":true,"wrap":true,"choices":[{"title":"a","value":"a"}]},
              {"type":"ColumnSet","columns":[{"type":"Column","width":"auto","items":[]}]},
              {"type":"Table","columns":[{"width":1}],"rows":[{"type":"TableRow","cells":[{"type":"TableCell","items":[]}]}]}],
             "actions":[{"type":"Action.Submit","title":"s","data":{"anything":{"wrap":1},"msteams":{"type":"messageBack"}}},
              {"type":"Action.ShowCard","title":"c","card":{"type":"AdaptiveCard","body":[]}}]}
            """;

        var result = await AdaptiveCardValidator.ValidateAsync(json);

        result.IsValid.Should().BeTrue(string.Join("; ", result.Problems));
    }

    [Fact]
    public async Task ValidateAsync_RendererWarning_FailsTheCard()
    {
        // A weighted and a stretched column in one ColumnSet: the library's Hint (stretched columns get no space).
        const string json = """
            {"type":"AdaptiveCard","version":"1.5","body":[{"type":"ColumnSet","columns":[
              {"type":"Column","width":"stretch","items":[]},{"type":"Column","width":2,"items":[]}]}]}
            """;

        var result = await AdaptiveCardValidator.ValidateAsync(json);

        result.Errors.Should().BeEmpty();
        result.Warnings.Should().ContainSingle().Which.Event.Should().Be("Hint");
        result.IsValid.Should().BeFalse();
    }

    [Fact]
    public void IsValid_OnlyAWarning_IsFalse()
    {
        var result = new CardValidationResult("card", [], [new CardValidationIssue("Parse", "Deprecated", "old")]);

        result.IsValid.Should().BeFalse();
        result.Problems.Should().ContainSingle();
    }

    [Fact]
    public async Task ValidateAsync_Batch_KeepsNamesAndOrder()
    {
        var good = new AdaptiveCard { Body = { new TextBlock("ok") } }.ToJson();
        const string bad = """{"type":"AdaptiveCard","version":"1.5","body":[{"type":"Nope"}]}""";

        var results = await AdaptiveCardValidator.ValidateAsync([("first", good), ("second", bad), ("third", good)]);

        results.Select(r => (r.Name, r.IsValid)).Should().Equal(("first", true), ("second", false), ("third", true));
    }
}

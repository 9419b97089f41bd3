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

    [Fact]
    public async Task ValidateAsync_Batch_KeepsNamesAndOrder()
    {
        var good = new AdaptiveCard { Body = { new TextBlock("ok") } }.ToJson();
        const string bad = """{"type":"AdaptiveCard","version":"1.5","body":[{"type":"Nope"}]}""";

        var results = await AdaptiveCardValidator.ValidateAsync([("first", good), ("second", bad), ("third", good)]);

        results.Select(r => (r.Name, r.IsValid)).Should().Equal(("first", true), ("second", false), ("third", true));
    }
}

using System.Text.Json;
using SecurityBot.Cards;

namespace SecurityBot.UnitTests.Cards;

public sealed class CardCatalogTests(CatalogValidationFixture validation) : IClassFixture<CatalogValidationFixture>
{
    private const int MaxCardBytes = 24 * 1024;

    [Fact]
    public void Catalog_Always_HasSamplesFromTheCardsLibraryAndTheConversation()
    {
        CardCatalog.Cards.Select(c => c.Name).Should()
            .Contain(n => n.StartsWith("Cards/", StringComparison.Ordinal))
            .And.Contain(n => n.StartsWith("Conversation/", StringComparison.Ordinal));
    }

    [Theory]
    [MemberData(nameof(CardCatalog.AllCards), MemberType = typeof(CardCatalog))]
    public void Card_Version_IsAtMost15(string name, string json)
    {
        using var document = JsonDocument.Parse(json);
        var root = document.RootElement;
        root.GetProperty("type").GetString().Should().Be("AdaptiveCard", name);
        var version = Version.Parse(root.GetProperty("version").GetString()!);
        version.Should().BeLessThanOrEqualTo(Version.Parse(AdaptiveCard.MaxVersion), name);
    }

    [Theory]
    [MemberData(nameof(CardCatalog.AllCards), MemberType = typeof(CardCatalog))]
    public void Card_Json_FitsInATeamsMessage(string name, string json)
    {
        // Teams refuses messages over about 28 KB including the activity envelope; keep cards well under it.
        System.Text.Encoding.UTF8.GetByteCount(json).Should().BeLessThan(MaxCardBytes, name);
    }

    [Theory]
    [MemberData(nameof(CardCatalog.AllCards), MemberType = typeof(CardCatalog))]
    public void Card_InOfficialRenderer_HasNoErrorsOrWarnings(string name, string json)
    {
        json.Should().NotBeNullOrEmpty();
        validation.Results.Should().ContainKey(name);
        validation.Results[name].Problems.Should().BeEmpty($"the adaptivecards library must accept '{name}' without a warning");
    }
}

using SecurityBot.Policies.Domain;

namespace SecurityBot.UnitTests.Policies;

public class PolicySearchTests
{
    private static readonly IPolicySearch Search = StarterLibrary.Instance;

    [Theory]
    [InlineData("thumb drive")]
    [InlineData("memory stick")]
    [InlineData("flash drive")]
    [InlineData("usb")]
    public void Search_RemovableMediaSynonyms_FindTheRemovableMediaPolicy(string question)
    {
        var result = Search.Search(question);

        result.Hits.Should().NotBeEmpty();
        result.Hits[0].Policy.Id.Should().Be("removable-media");
    }

    [Theory]
    [InlineData("2fa")]
    [InlineData("two-factor")]
    [InlineData("multi factor")]
    public void Search_MfaSynonyms_FindTheMfaSections(string question)
    {
        var result = Search.Search(question);

        result.Hits.Should().NotBeEmpty();
        result.Hits[0].Policy.Id.Should().Be("passwords");
        result.Hits[0].Section.Number.Should().StartWith("4");
    }

    [Fact]
    public void Search_PassphraseSynonym_FindsPasswordRules()
    {
        var result = Search.Search("minimum passphrase length");

        result.Hits[0].Policy.Id.Should().Be("passwords");
        result.Hits[0].Section.Number.Should().Be("2.1");
    }

    [Fact]
    public void Search_WordOnlyReachableThroughSynonym_HighlightsTheSynonymInTheExcerpt()
    {
        var result = Search.Search("thumb drive found in car park");

        var hit = result.Hits.Should().Contain(h => h.Policy.Id == "removable-media" && h.Section.Number == "4.1").Subject;
        hit.Excerpt.ToHighlightedMarkdown().Should().Contain("**USB stick**");
    }

    [Theory]
    [InlineData("pasword length", "password")]
    [InlineData("passwrod length", "password")]
    [InlineData("phising email", "phishing")]
    [InlineData("encrpytion of laptops", "encryption")]
    public void Search_SmallTypos_AreCorrectedAndReported(string question, string corrected)
    {
        var result = Search.Search(question);

        result.Hits.Should().NotBeEmpty();
        result.Corrections.Should().Contain(c => c.Corrected == corrected);
    }

    [Fact]
    public void Search_TypoCorrection_FindsTheSameSectionAsTheCorrectSpelling()
    {
        var correct = Search.Search("password length");
        var typo = Search.Search("pasword lenght");

        typo.Hits[0].Section.Should().BeSameAs(correct.Hits[0].Section);
    }

    [Fact]
    public void Search_NothingMatches_ReturnsNoHitsAndCloseWords()
    {
        var result = Search.Search("bdgae");

        result.HasHits.Should().BeFalse();
        result.Suggestions.Should().Contain("badge");
    }

    [Fact]
    public void Search_UnrelatedQuestion_ReturnsNoHitsAndSuggestsTopics()
    {
        var result = Search.Search("xylophone quokka");

        result.HasHits.Should().BeFalse();
        result.Suggestions.Should().NotBeEmpty();
    }

    [Fact]
    public void Search_Hit_CarriesTitleSectionVersionAndHighlightedExcerpt()
    {
        var hit = Search.Search("how long must my password be").Hits[0];

        hit.Citation.Should().Be("Passwords and Multi-Factor Authentication Policy v2.1 §2.1");
        hit.Excerpt.ToHighlightedMarkdown().Should().Contain("**Passwords**").And.Contain("**characters long**");
    }

    [Fact]
    public void Search_TopN_ReturnsAtMostN()
    {
        Search.Search("password", top: 3).Hits.Should().HaveCount(3);
        Search.Search("password", top: 1).Hits.Should().HaveCount(1);
    }
}

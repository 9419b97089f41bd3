using SecurityBot.Policies.Domain;

namespace SecurityBot.UnitTests.Policies;

public class PolicyExcerptTests
{
    [Fact]
    public void ToHighlightedMarkdown_MarkdownInPolicyText_IsEscaped()
    {
        var excerpt = new PolicyExcerpt("see [here](https://evil.example) *now* <b>", []);

        excerpt.ToHighlightedMarkdown().Should().Be(@"see \[here\]\(https://evil.example\) \*now\* \<b\>");
    }

    [Fact]
    public void ToHighlightedMarkdown_Highlights_AreBoldAroundEscapedText()
    {
        var excerpt = new PolicyExcerpt("use a_usb drive", [new TextSpan(4, 5)]);

        excerpt.ToHighlightedMarkdown().Should().Be(@"use **a\_usb** drive");
    }

    [Fact]
    public void Constructor_SpansOutsideTheText_AreDropped()
    {
        var excerpt = new PolicyExcerpt("short", [new TextSpan(3, 10), new TextSpan(-1, 2), new TextSpan(0, 5)]);

        excerpt.Highlights.Should().Equal(new TextSpan(0, 5));
    }

    [Fact]
    public void Search_LongSection_ExcerptIsBoundedAndCentredOnTheMatch()
    {
        var hit = StarterLibrary.Instance.Search("gift cards").Hits[0];

        hit.Excerpt.Text.Length.Should().BeLessThanOrEqualTo(282);
        hit.Excerpt.ToHighlightedMarkdown().Should().Contain("**gift cards**");
    }

    [Fact]
    public void ToHighlightedMarkdown_AdjacentHighlights_AreJoinedIntoOneBoldRun()
    {
        var excerpt = new PolicyExcerpt("a thumb drive here", [new TextSpan(2, 5), new TextSpan(8, 5)]);

        excerpt.ToHighlightedMarkdown().Should().Be("a **thumb drive** here");
    }

    [Fact]
    public void ToHighlightedMarkdown_CustomEscape_IsAppliedToEveryRun()
    {
        var excerpt = new PolicyExcerpt("x usb y", [new TextSpan(2, 3)]);

        excerpt.ToHighlightedMarkdown(t => t.ToUpperInvariant()).Should().Be("X **USB** Y");
    }
}

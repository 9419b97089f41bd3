using SecurityBot.Policies.Domain;
using SecurityBot.Policies.Search;

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
        var section = hit.Section.Text;
        var excerpt = hit.Excerpt.Text;
        var inner = excerpt.TrimStart('…').TrimEnd('…');
        var at = section.IndexOf(inner, StringComparison.Ordinal);

        section.Length.Should().BeGreaterThan(282, "the section must be long enough to be cut");
        excerpt.Length.Should().BeLessThanOrEqualTo(282);
        hit.Excerpt.ToHighlightedMarkdown().Should().Contain("**gift cards**");
        at.Should().BeGreaterThanOrEqualTo(0, "the excerpt is a passage of the section");
        excerpt.StartsWith('…').Should().Be(at > 0, "an ellipsis marks text cut before");
        excerpt.EndsWith('…').Should().Be(at + inner.Length < section.Length, "an ellipsis marks text cut after");
    }

    [Fact]
    public void Build_MatchInTheMiddleOfOneLongSentence_WindowKeepsTheMatchInItsMiddlePartWithEllipsesAtBothEnds()
    {
        var before = string.Join(' ', Enumerable.Repeat("alpha", 100));
        var after = string.Join(' ', Enumerable.Repeat("omega", 100));
        var analyzer = TextAnalyzer.Default;

        var excerpt = new ExcerptBuilder(analyzer).Build($"{before} zebra {after}", new HashSet<string> { analyzer.Stem("zebra") });

        excerpt.Text.Length.Should().BeLessThanOrEqualTo(282);
        excerpt.Text.Should().StartWith("…").And.EndWith("…");
        var match = excerpt.Highlights.Should().ContainSingle().Subject;
        excerpt.Text.Substring(match.Start, match.Length).Should().Be("zebra");
        match.Start.Should().BeGreaterThan(excerpt.Text.Length / 8, "there is context before the match");
        match.End.Should().BeLessThan(excerpt.Text.Length * 7 / 8, "there is context after the match");
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

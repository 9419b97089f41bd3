using SecurityBot.Crisis.Application;

namespace SecurityBot.UnitTests.Crisis;

public sealed class ReviewMarkdownTests
{
    [Theory]
    [InlineData("# heading", "\\# heading")]
    [InlineData("| a | b |", "\\| a \\| b \\|")]
    [InlineData("- item", "\\- item")]
    [InlineData("1. first", "1\\. first")]
    [InlineData("> quote", "\\> quote")]
    [InlineData("a *b* [c](d) <e> `f`", "a \\*b\\* \\[c\\](d) \\<e\\> \\`f\\`")]
    [InlineData("plain 1.5 - text", "plain 1.5 - text")]
    public void Inline_MarkdownStructure_IsEscaped(string text, string expected)
    {
        ReviewMarkdown.Inline(text).Should().Be(expected);
    }

    [Fact]
    public void Block_SeveralLines_KeepsTheLinesEachEscaped()
    {
        ReviewMarkdown.Block("first\r\n# second\n\n=== third").Should().Be("first  \n\\# second  \n\\=== third");
    }

    [Fact]
    public void Inline_LineBreaks_BecomeSpacesSoARowCannotBeSplit()
    {
        ReviewMarkdown.Inline("cell\n| forged | row |").Should().Be("cell \\| forged \\| row \\|");
    }

    [Fact]
    public void Block_Nothing_SaysNotStated()
    {
        ReviewMarkdown.Block("  \n ").Should().Be("_Not stated._");
    }
}

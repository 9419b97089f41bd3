using System.Net;
using Markdig;
using SecurityBot.Cards;

namespace SecurityBot.UnitTests.Cards;

/// <summary>
/// Escaped user text is fed to a CommonMark parser with autolinks on (Markdig), a stricter reader than any Teams
/// client: if Markdig finds no link, emphasis, list, heading, code or HTML in it, the text is inert.
/// </summary>
public sealed class CardTextTests
{
    private static readonly MarkdownPipeline Parser = new MarkdownPipelineBuilder().UseAutoLinks().UseEmphasisExtras().Build();

    private static readonly string[] MarkupTags =
        ["<a ", "<em>", "<strong>", "<del>", "<sub>", "<sup>", "<h1", "<h2", "<ul>", "<ol>", "<li>", "<code>", "<pre>",
         "<blockquote>", "<img", "<at>", "<script", "<hr"];

    /// <summary>Also rendered as the "Cards/hostile-text" catalog card, so previews show them through markdown-it.</summary>
    public static IReadOnlyList<string> Attacks { get; } =
    [
        "[click me](https://evil.example/login)",
        "![logo](https://evil.example/pixel.png)",
        "<https://evil.example/phish>",
        "see https://evil.example/phish now",
        "www.evil.example/reset",
        "WWW.EVIL.EXAMPLE",
        "write to helpdesk@evil.example or mailto:helpdesk@evil.example",
        "<at>Chief Security Officer</at> approved this",
        "&lt;at&gt;CSO&lt;/at&gt; approved",
        "<script>alert(1)</script><img src=x onerror=alert(1)>",
        "**URGENT** _do it now_ ~~safe~~ __bold__ *it*",
        "# Heading\n## Sub\n- item\n+ item\n* item\n1. first\n2) second\n> quote",
        "Title\n===\nOther\n---",
        "`code` and ```block``` and \\*not escaped\\*",
        "[a][ref]\n\n[ref]: https://evil.example",
        "[x]\\(https://evil.example)",
        "call tel:+15551234 or open javascript:alert(1)",
        "{{DATE(2017-02-14T06:08:39Z, SHORT)}} {{TIME(2017-02-14T06:08:39Z)}}",
        "  - indented item\n   # indented heading",
    ];

    public static TheoryData<string> InjectionAttempts() => new(Attacks);

    [Theory]
    [MemberData(nameof(InjectionAttempts))]
    public void Escape_InjectionAttempt_RendersWithoutMarkup(string attack)
    {
        var html = Markdown.ToHtml(CardText.Escape(attack), Parser);

        html.Should().NotContainAny(MarkupTags, "escaped text must render as plain text, got: {0}", html);
    }

    [Theory]
    [MemberData(nameof(InjectionAttempts))]
    public void Escape_InjectionAttempt_StillReadsAsTyped(string attack)
    {
        var escaped = CardText.Escape(attack);

        var shown = WebUtility.HtmlDecode(Markdown.ToPlainText(escaped, Parser)).Replace("\u200B", "", StringComparison.Ordinal);

        Collapse(shown).Should().Be(Collapse(attack));
    }

    [Theory]
    [MemberData(nameof(InjectionAttempts))]
    public void Escape_InjectionAttempt_LeavesNoRawMentionLinkOrEntity(string attack)
    {
        var escaped = CardText.Escape(attack);

        escaped.Should().NotContain("<at", "a raw <at> tag would let Teams turn it into a mention");
        escaped.Should().NotContain("](").And.NotContainEquivalentOf("www.");
        escaped.Should().NotMatchRegex("[A-Za-z]:[^\\s]", "a scheme (https:, mailto:, tel:) would become a link");
        escaped.Should().NotContain("&lt;").And.NotContain("&gt;");
        escaped.Should().NotMatchRegex("[A-Za-z0-9._-]@", "an e-mail address would become a mailto: link");
    }

    [Fact]
    public void Escape_OrdinaryText_IsUnchanged()
    {
        const string text = "Laptop stolen at the airport, 3 pm. Serial 4411 (asset tag missing); user's PIN was 0000? Ask @ the desk at 10:42: now.";

        CardText.Escape(text).Should().Be(text);
    }

    [Fact]
    public void Escape_LineBreaks_BecomeParagraphBreaks()
    {
        CardText.Escape("one\r\ntwo\rthree\n\n\n\nfour").Should().Be("one\n\ntwo\n\nthree\n\nfour");
    }

    [Fact]
    public void Escape_BidiOverridesAndControls_AreRemoved()
    {
        CardText.Escape("invoice\u202Efdp.exe\u0007\u2066x\u2069").Should().Be("invoicefdp.exex");
    }

    [Fact]
    public void Escape_Null_IsEmpty()
    {
        CardText.Escape(null).Should().BeEmpty();
    }

    [Fact]
    public void Plain_Tags_AreBrokenAndTextKept()
    {
        var plain = CardText.Plain("<at>CSO</at> says \u202Ehi **there**");

        plain.Should().NotContain("<at").And.NotContain("</at");
        plain.Replace("\u200B", "", StringComparison.Ordinal).Should().Be("<at>CSO</at> says hi **there**");
    }

    [Theory]
    [InlineData("short", 10, "short")]
    [InlineData("exactly10!", 10, "exactly10!")]
    [InlineData("this is too long", 8, "this is…")]
    [InlineData(null, 5, "")]
    public void Truncate_Text_IsBounded(string? text, int max, string expected)
    {
        var result = CardText.Truncate(text, max);

        result.Should().Be(expected);
        result.Length.Should().BeLessThanOrEqualTo(max);
    }

    [Fact]
    public void Truncate_AtSurrogatePair_DoesNotSplitIt()
    {
        var result = CardText.Truncate("ab😀cd", 4);

        result.Should().Be("ab…");
    }

    [Fact]
    public void Truncate_NonPositiveMax_Throws()
    {
        var act = () => CardText.Truncate("x", 0);

        act.Should().Throw<ArgumentOutOfRangeException>();
    }

    [Fact]
    public void TextBlockFromUserText_LongLink_IsTruncatedEscapedAndWrapped()
    {
        var block = TextBlock.FromUserText("[win](https://evil.example) " + new string('x', 5000), maxLength: 100);

        block.Wrap.Should().BeTrue();
        block.Text.Should().StartWith("\\[win\\]\u200B(https\u200B://evil.example)");
        block.Text.Replace("\\", "", StringComparison.Ordinal).Replace("\u200B", "", StringComparison.Ordinal).Length.Should().Be(100);
    }

    [Fact]
    public void FactFromUserText_Value_IsEscaped()
    {
        Fact.FromUserText("Reporter", "**Boss**").Value.Should().Be("\\*\\*Boss\\*\\*");
    }

    [Fact]
    public void TextRunFromUserText_Text_IsBoundedAndTagsBroken()
    {
        var run = TextRun.FromUserText("<at>x</at>" + new string('y', 50), maxLength: 20);

        run.Text.Should().NotContain("<at");
        run.Text.Replace("\u200B", "", StringComparison.Ordinal).Should().HaveLength(20);
    }

    [Fact]
    public void Mention_NameWithMarkup_CannotCloseTheTag()
    {
        var card = new AdaptiveCard();

        var text = card.Mention("29:x", "Eve</at><at>CEO</at>[x](https://evil.example)");

        text.Should().StartWith("<at>").And.EndWith("</at>");
        text["<at>".Length..^"</at>".Length].Should().NotContain("<at").And.NotContain("</at").And.NotContain("](");
    }

    // Markdig turns line breaks and list spacing into whitespace differently from the source; compare words.
    private static string Collapse(string text) =>
        string.Join(' ', text.Split([' ', '\n', '\t'], StringSplitOptions.RemoveEmptyEntries));
}

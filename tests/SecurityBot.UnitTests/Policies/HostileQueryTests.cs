using SecurityBot.Policies.Domain;
using SecurityBot.Policies.Search;

namespace SecurityBot.UnitTests.Policies;

/// <summary>User text goes straight into the search; no input may throw or cost more than a normal question.</summary>
public class HostileQueryTests
{
    private static readonly IPolicySearch Search = StarterLibrary.Instance;

    public static TheoryData<string> HostileQuestions() => new()
    {
        "\"usb",
        "usb\"\"\"",
        "(usb OR (mfa AND",
        ")) NOT password NEAR/3 *",
        "pass* OR -usb +mfa",
        "usb:stick title:password",
        "'; DROP TABLE policies; --",
        "{\"$where\": \"1\"}",
        "<script>alert(1)</script> usb",
        "[link](javascript:alert(1)) **bold**",
        "🔐🔑 usb 🚀",
        "Passwörter Länge ÜBER",
        "密码 长度",
        "كلمة المرور",
        "\u202Eusb\u202C",
        "\0\u0001\u001f usb",
        "\uD83D",
        "usb\uD83D",
        "   ",
        "",
        "*",
        "AND OR NOT NEAR",
        new string('a', 10_000),
        string.Join(' ', Enumerable.Repeat("usb", 3_000)),
        string.Concat(Enumerable.Repeat("(\"x\" OR ", 1_000)),
    };

    [Theory]
    [MemberData(nameof(HostileQuestions))]
    public void Search_HostileText_NeverThrowsAndAnswersWithinBounds(string question)
    {
        var act = () => Search.Search(question);

        var result = act.Should().NotThrow().Subject;
        result.Query.Length.Should().BeLessThanOrEqualTo(PolicyIndex.MaxQueryChars);
        result.Hits.Count.Should().BeLessThanOrEqualTo(PolicyIndex.MaxResults);
        result.Hits.Where(h => h.Excerpt.Text.Length > 282).Should().BeEmpty("an excerpt is at most 280 characters plus two ellipses");
        result.Hits.Select(h => h.Score).Should().BeInDescendingOrder();
        foreach (var hit in result.Hits)
        {
            hit.Excerpt.Highlights.Where(s => s.Start < 0 || s.End > hit.Excerpt.Text.Length).Should().BeEmpty();
        }
    }

    [Theory]
    [InlineData("   ")]
    [InlineData("")]
    [InlineData("*")]
    [InlineData("\0\u0001\u001f")]
    public void Search_TextWithNoPolicyWords_FindsNothing(string question)
    {
        Search.Search(question).HasHits.Should().BeFalse();
    }

    [Theory]
    [InlineData("usb\"\"\"")]
    [InlineData("🔐🔑 usb 🚀")]
    [InlineData("\u202Eusb\u202C")]
    [InlineData("(usb OR (mfa AND")]
    public void Search_HostileTextAroundAPolicyWord_FindsWhatThePlainWordFinds(string question)
    {
        var plain = Search.Search(question.Contains("mfa", StringComparison.Ordinal) ? "usb or mfa and" : "usb");

        Search.Search(question).Hits.Select(h => h.Section).Should().Equal(plain.Hits.Select(h => h.Section));
    }

    [Fact]
    public void Search_NullQuestion_ReturnsNoHits()
    {
        Search.Search(null!).HasHits.Should().BeFalse();
    }

    [Fact]
    public void Search_OperatorsAndQuotes_AreTreatedAsPlainWords()
    {
        var plain = Search.Search("usb stick");
        var decorated = Search.Search("\"usb\" AND (stick*)");

        decorated.Hits.Select(h => h.Section).Should().Equal(plain.Hits.Select(h => h.Section));
    }

    [Fact]
    public void Search_TenKilobytesOfText_IsCutToTheQueryLimit()
    {
        var result = Search.Search("usb " + new string('x', 10_000));

        result.Query.Length.Should().BeLessThanOrEqualTo(PolicyIndex.MaxQueryChars);
    }

    [Fact]
    public void Search_TopOutOfRange_IsClamped()
    {
        Search.Search("password", top: -5).Hits.Should().HaveCount(1);
        Search.Search("password", top: int.MaxValue).Hits.Count.Should().BeLessThanOrEqualTo(PolicyIndex.MaxResults);
    }

    [Fact]
    public void Tokenizer_PunctuationAndOperators_AreSeparators()
    {
        Tokenizer.Tokenize("(\"USB\"* OR don't)").Select(t => t.Word).Should().Equal("usb", "or", "dont");
    }
}

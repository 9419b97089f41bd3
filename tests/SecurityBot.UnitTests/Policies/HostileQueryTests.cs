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
    public void Search_HostileText_NeverThrows(string question)
    {
        var act = () => Search.Search(question);

        act.Should().NotThrow();
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

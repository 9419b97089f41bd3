using System.Text.Json;
using SecurityBot.Platform.Chat;

namespace SecurityBot.UnitTests.Conversation;

public class CardActionDataTests
{
    [Theory]
    [InlineData("null")]
    [InlineData("[]")]
    [InlineData("\"text\"")]
    [InlineData("42")]
    [InlineData("{}")]
    public void Reads_DataNotAnObjectOrEmpty_EveryValueAbsent(string json)
    {
        var data = Parse(json);

        data.Text("title", 100).Should().BeNull();
        data.WholeNumber("version").Should().BeNull();
        data.SmallWholeNumber("stage").Should().BeNull();
        data.Toggle("clicked", 10).Should().BeNull();
    }

    [Fact]
    public void Reads_UndefinedElement_EveryValueAbsent()
    {
        var data = new CardActionData(default);

        data.Text("title", 100).Should().BeNull();
        data.WholeNumber("version").Should().BeNull();
    }

    [Theory]
    [InlineData("{\"title\":42}")]
    [InlineData("{\"title\":true}")]
    [InlineData("{\"title\":null}")]
    [InlineData("{\"title\":{\"nested\":\"x\"}}")]
    [InlineData("{\"title\":[\"x\"]}")]
    public void Text_WrongJsonKind_Null(string json)
    {
        Parse(json).Text("title", 100).Should().BeNull();
    }

    [Fact]
    public void Text_String_ReturnedAsSentWithoutTrimming()
    {
        Parse("{\"title\":\"  Laptop  \"}").Text("title", 100).Should().Be("  Laptop  ");
    }

    [Fact]
    public void Text_HugeString_CutToTheLimit()
    {
        var data = Parse("{\"description\":\"" + new string('a', 100_000) + "\"}");

        data.Text("description", 5000).Should().Be(new string('a', 5000));
    }

    [Fact]
    public void Text_LimitFallsInsideASurrogatePair_CutBeforeThePair()
    {
        var data = Parse("{\"title\":\"ab\\uD83D\\uDE00cd\"}");

        data.Text("title", 3).Should().Be("ab");
        data.Text("title", 4).Should().Be("ab\uD83D\uDE00");
    }

    [Fact]
    public void Text_LimitNotPositive_Throws()
    {
        var read = () => Parse("{}").Text("title", 0);

        read.Should().Throw<ArgumentOutOfRangeException>();
    }

    [Fact]
    public void Text_DuplicateKeys_LastOneRead()
    {
        Parse("{\"id\":\"RA-000001\",\"id\":\"RA-000002\"}").Text("id", 100).Should().Be("RA-000002");
    }

    [Fact]
    public void Text_NameDiffersInCase_Absent()
    {
        Parse("{\"Title\":\"x\"}").Text("title", 100).Should().BeNull();
    }

    [Theory]
    [InlineData("{\"version\":7}", 7L)]
    [InlineData("{\"version\":\"7\"}", 7L)]
    [InlineData("{\"version\":\" 7 \"}", 7L)]
    [InlineData("{\"version\":\"-3\"}", -3L)]
    [InlineData("{\"version\":9223372036854775807}", long.MaxValue)]
    public void Long_IntegerAsNumberOrText_Parsed(string json, long expected)
    {
        Parse(json).WholeNumber("version").Should().Be(expected);
    }

    [Theory]
    [InlineData("{\"version\":7.5}")]
    [InlineData("{\"version\":1e3}")]
    [InlineData("{\"version\":\"abc\"}")]
    [InlineData("{\"version\":\"\"}")]
    [InlineData("{\"version\":\"0x10\"}")]
    [InlineData("{\"version\":99999999999999999999999}")]
    [InlineData("{\"version\":true}")]
    [InlineData("{\"version\":[1]}")]
    [InlineData("{\"version\":{\"value\":1}}")]
    public void Long_NotAWholeNumberInRange_Null(string json)
    {
        Parse(json).WholeNumber("version").Should().BeNull();
    }

    [Theory]
    [InlineData("{\"stage\":2}", 2)]
    [InlineData("{\"stage\":\"4\"}", 4)]
    public void Int_IntegerAsNumberOrText_Parsed(string json, int expected)
    {
        Parse(json).SmallWholeNumber("stage").Should().Be(expected);
    }

    [Fact]
    public void Int_BeyondIntRange_Null()
    {
        Parse("{\"stage\":2147483648}").SmallWholeNumber("stage").Should().BeNull();
    }

    [Fact]
    public void Long_HugeDigitString_NullWithoutThrowing()
    {
        Parse("{\"version\":\"" + new string('9', 100_000) + "\"}").WholeNumber("version").Should().BeNull();
    }

    [Theory]
    [InlineData("{\"clicked\":true}", "true")]
    [InlineData("{\"clicked\":false}", "false")]
    [InlineData("{\"clicked\":\"true\"}", "true")]
    [InlineData("{\"clicked\":\"yes\"}", "yes")]
    [InlineData("{\"clicked\":1}", "1")]
    public void Toggle_BooleanNumberOrString_AsText(string json, string expected)
    {
        Parse(json).Toggle("clicked", 10).Should().Be(expected);
    }

    [Theory]
    [InlineData("{\"clicked\":null}")]
    [InlineData("{\"clicked\":{}}")]
    [InlineData("{\"clicked\":[true]}")]
    public void Toggle_OtherKinds_Null(string json)
    {
        Parse(json).Toggle("clicked", 10).Should().BeNull();
    }

    [Fact]
    public void Toggle_LongString_CutToTheLimit()
    {
        Parse("{\"clicked\":\"" + new string('x', 50) + "\"}").Toggle("clicked", 10).Should().Be(new string('x', 10));
    }

    private static CardActionData Parse(string json)
    {
        using var document = JsonDocument.Parse(json);
        return new CardActionData(document.RootElement.Clone());
    }
}

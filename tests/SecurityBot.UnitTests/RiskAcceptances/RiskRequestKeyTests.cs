using SecurityBot.Infrastructure.RiskAcceptances;

namespace SecurityBot.UnitTests.RiskAcceptances;

public sealed class RiskRequestKeyTests
{
    private const string User = "00000000-0000-0000-0000-0000000000020";

    [Fact]
    public void From_SameFormSameUser_SameKeyWhateverTheIdCase()
    {
        var first = RiskRequestKey.From("a:chat", "message:1:form", User);
        var again = RiskRequestKey.From("a:chat", "message:1:form", User.ToUpperInvariant());

        again.Should().Be(first);
        first.Should().HaveLength(64).And.MatchRegex("^[0-9a-f]{64}$");
    }

    [Theory]
    [InlineData("a:chat", "message:1:other", User)]
    [InlineData("a:other", "message:1:form", User)]
    [InlineData("a:chat", "message:1:form", "00000000-0000-0000-0000-0000000000023")]
    public void From_AnotherFormConversationOrUser_AnotherKey(string conversation, string source, string user)
    {
        RiskRequestKey.From(conversation, source, user).Should().NotBe(RiskRequestKey.From("a:chat", "message:1:form", User));
    }

    [Fact]
    public void From_PartsThatConcatenateAlike_DifferentKeys()
    {
        RiskRequestKey.From("a\nb", "c", User).Should().NotBe(RiskRequestKey.From("a", "b\nc", User));
    }

    [Fact]
    public void From_NoForm_NoKey()
    {
        RiskRequestKey.From("a:chat", null, User).Should().BeNull();
    }
}

using SecurityBot.Cards;
using SecurityBot.Policies.Teams;

namespace SecurityBot.UnitTests.Policies.Chat;

public class PolicyCommandTests(ConnectorTurns turns) : IClassFixture<ConnectorTurns>
{
    private readonly PolicyCommand _command = new(PolicyChat.Responder);

    [Fact]
    public void Verbs_ArePolicyAndPolicies()
    {
        _command.Verbs.Should().Equal("policy", "policies");
        _command.Help.Keyword.Should().Be("policy");
    }

    [Theory]
    [InlineData("policy usb", "What the policies say")]
    [InlineData("policy can I use a USB stick?", "What the policies say")]
    [InlineData("policy passwords", "Passwords and Multi-Factor Authentication Policy")]
    [InlineData("policy show usb", "Removable Media Policy")]
    [InlineData("policies", "Security policies")]
    [InlineData("policy", "Security policies")]
    [InlineData("policy status", "Policy library status")]
    [InlineData("policy bdgae", "No policy matches that")]
    public async Task Handle_Text_RepliesWithOneCard(string text, string heading)
    {
        var turn = turns.Message(text);

        await _command.HandleAsync(ConnectorTurns.Command(turn), CancellationToken.None);

        var reply = turns.Received(turn).Should().ContainSingle().Subject;
        ((string?)reply["type"]).Should().Be("message");
        var attachment = (reply["attachments"]?.AsArray()).Should().ContainSingle().Subject!;
        ((string?)attachment["contentType"]).Should().Be(AdaptiveCard.ContentType);
        ((string?)attachment["content"]?["body"]?[0]?["text"]).Should().Be(heading);
        ((string?)reply["summary"]).Should().NotBeNullOrWhiteSpace();
    }

    [Fact]
    public async Task FreeText_PolicyQuestion_IsAnswered()
    {
        var turn = turns.Message("Can I use my personal USB stick?");
        var handler = new PolicyQuestionHandler(PolicyChat.Responder);

        var handled = await handler.TryHandleAsync(ConnectorTurns.FreeText(turn), CancellationToken.None);

        handled.Should().BeTrue();
        turns.Received(turn).Should().ContainSingle();
        handler.Order.Should().BeGreaterThan(100, "incident reports are read before policy questions");
    }

    [Fact]
    public async Task FreeText_ContextSplitLikeACommand_IsReadWhole()
    {
        var turn = turns.Message("show policy passwords");

        var handled = await new PolicyQuestionHandler(PolicyChat.Responder).TryHandleAsync(ConnectorTurns.Command(turn), CancellationToken.None);

        handled.Should().BeTrue();
        ((string?)turns.Received(turn).Single()["attachments"]?[0]?["content"]?["body"]?[0]?["text"])
            .Should().Be("Passwords and Multi-Factor Authentication Policy");
    }

    [Fact]
    public async Task FreeText_SmallTalk_IsNotHandledAndNothingIsSent()
    {
        var turn = turns.Message("what time is it?");

        var handled = await new PolicyQuestionHandler(PolicyChat.Responder).TryHandleAsync(ConnectorTurns.FreeText(turn), CancellationToken.None);

        handled.Should().BeFalse();
        turns.Received(turn).Should().BeEmpty();
    }
}

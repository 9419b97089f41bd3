using System.Text.Json;
using SecurityBot.Cards;
using SecurityBot.Policies.Teams;

namespace SecurityBot.UnitTests.Policies.Chat;

public class PolicyCommandTests
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
        var turn = new RecordingTurnContext(text);

        await _command.HandleAsync(turn.Command(), CancellationToken.None);

        var reply = turn.Sent.Should().ContainSingle().Subject;
        reply.Type.Should().Be("message");
        var attachment = reply.Attachments.Should().ContainSingle().Subject;
        attachment.ContentType.Should().Be(AdaptiveCard.ContentType);
        var card = JsonSerializer.SerializeToElement(attachment.Content, SecurityBot.BotFramework.Schema.BotJson.Options);
        card.GetProperty("body")[0].GetProperty("text").GetString().Should().Be(heading);
        reply.Summary.Should().NotBeNullOrWhiteSpace();
    }

    [Fact]
    public async Task FreeText_PolicyQuestion_IsAnswered()
    {
        var turn = new RecordingTurnContext("Can I use my personal USB stick?");
        var handler = new PolicyQuestionHandler(PolicyChat.Responder);

        var handled = await handler.TryHandleAsync(turn.FreeText(), CancellationToken.None);

        handled.Should().BeTrue();
        turn.Sent.Should().ContainSingle();
        handler.Order.Should().BeGreaterThan(100, "incident reports are read before policy questions");
    }

    [Fact]
    public async Task FreeText_ContextSplitLikeACommand_IsReadWhole()
    {
        var turn = new RecordingTurnContext("show policy passwords");

        var handled = await new PolicyQuestionHandler(PolicyChat.Responder).TryHandleAsync(turn.Command(), CancellationToken.None);

        handled.Should().BeTrue();
        JsonSerializer.SerializeToElement(turn.Sent.Single().Attachments![0].Content, SecurityBot.BotFramework.Schema.BotJson.Options)
            .GetProperty("body")[0].GetProperty("text").GetString().Should().Be("Passwords and Multi-Factor Authentication Policy");
    }

    [Fact]
    public async Task FreeText_SmallTalk_IsNotHandledAndNothingIsSent()
    {
        var turn = new RecordingTurnContext("what time is it?");

        var handled = await new PolicyQuestionHandler(PolicyChat.Responder).TryHandleAsync(turn.FreeText(), CancellationToken.None);

        handled.Should().BeFalse();
        turn.Sent.Should().BeEmpty();
    }
}

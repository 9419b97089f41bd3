using SecurityBot.Policies.Teams;

namespace SecurityBot.UnitTests.Policies.Chat;

public class PolicyFreeTextTests
{
    [Theory]
    [InlineData("can I use a USB stick?", "removable-media")]
    [InlineData("can I use my personal USB stick?", "removable-media")]
    [InlineData("how long must my password be?", "passwords")]
    [InlineData("who do I tell about a lost phone?", "incident-reporting")]
    [InlineData("what is the clean desk rule?", "clean-desk")]
    [InlineData("how do I report phishing?", "email-phishing")]
    [InlineData("can I share my password with a colleague?", "passwords")]
    [InlineData("what should I do with a suspicious email?", "email-phishing")]
    [InlineData("can I take my laptop abroad?", "remote-work")]
    [InlineData("how do I request an exception?", "risk-acceptance")]
    [InlineData("who approves a risk acceptance", "risk-acceptance")]
    [InlineData("How often do I need to change my password", "passwords")]
    public void Read_EmployeeQuestion_IsAnsweredFromTheRightPolicy(string text, string policyId)
    {
        var request = PolicyFreeText.Read(text, PolicyChat.Responder);

        request.Should().NotBeNull();
        request!.Kind.Should().Be(PolicyRequestKind.Search);
        PolicyChat.Responder.Search(request.Text).Hits[0].Policy.Id.Should().Be(policyId);
    }

    [Theory]
    [InlineData("how are you?")]
    [InlineData("what time is it?")]
    [InlineData("who are you?")]
    [InlineData("what can you do?")]
    [InlineData("is the meeting at 3?")]
    [InlineData("where is the office?")]
    [InlineData("can I get a new laptop?")]
    [InlineData("how do I book a room?")]
    [InlineData("when is the next release?")]
    [InlineData("who is on call?")]
    [InlineData("can you send me the report?")]
    [InlineData("how do I book a meeting room?")]
    [InlineData("what's the agenda for today's meeting?")]
    [InlineData("thanks!")]
    [InlineData("hello")]
    public void Read_SmallTalk_IsLeftAlone(string text)
    {
        PolicyFreeText.Read(text, PolicyChat.Responder).Should().BeNull();
    }

    [Theory]
    [InlineData("usb sticks are banned")]
    [InlineData("my password expired")]
    [InlineData("phishing")]
    public void Read_StatementWithPolicyWords_IsLeftAlone(string text)
    {
        // Not a question: could be an incident or a remark; "policy usb" is there when the user wants the policy.
        PolicyFreeText.Read(text, PolicyChat.Responder).Should().BeNull();
    }

    [Fact]
    public void Read_LongStoryEndingWithQuestion_IsLeftAlone()
    {
        var story = "I was at the station this morning and someone looked over my shoulder while I was typing my password "
            + "and then my laptop showed a strange popup about updates and I clicked it, what now?";

        PolicyFreeText.Read(story, PolicyChat.Responder).Should().BeNull();
    }

    [Theory]
    [InlineData("show policy passwords", "passwords")]
    [InlineData("Show me the password policy", "passwords")]
    [InlineData("open the USB policy", "removable-media")]
    [InlineData("show the security policy on encryption.", "encryption")]
    [InlineData("please show policy clean desk", "clean-desk")]
    public void Read_ShowPolicy_ShowsThatPolicy(string text, string policyId)
    {
        var request = PolicyFreeText.Read(text, PolicyChat.Responder);

        request.Should().NotBeNull();
        request!.Kind.Should().Be(PolicyRequestKind.Show);
        request.Policy!.Id.Should().Be(policyId);
    }

    [Fact]
    public void Read_ShowPolicyWithUnknownName_SearchesTheName()
    {
        PolicyFreeText.Read("show policy quantum teleporters", PolicyChat.Responder)
            .Should().Be(PolicyRequest.Search("quantum teleporters"));
    }

    [Theory]
    [InlineData("show me the money")]
    [InlineData("open the door")]
    public void Read_ShowWithoutPolicy_IsLeftAlone(string text)
    {
        PolicyFreeText.Read(text, PolicyChat.Responder).Should().BeNull();
    }

    [Theory]
    [InlineData(5000)]
    [InlineData(100_000)]
    public void Read_LongHostileText_NeverThrows(int length)
    {
        var text = "show me the " + string.Concat(Enumerable.Repeat("policy polic ", length / 13)) + "\"' <at>x</at> [a](b) ?";

        var read = () => PolicyFreeText.Read(text, PolicyChat.Responder);

        var request = read.Should().NotThrow().Subject;
        var searched = request?.Text ?? string.Empty;
        searched.Length.Should().BeLessThanOrEqualTo(PolicyQueryText.MaxChars, "the message is cut before it is read");
        searched.Should().NotContain("<at>").And.NotContain("[a](b)", "the hostile tail lies beyond the cut");
    }

    [Fact]
    public void MinQuestionScore_SeparatesMeasuredQuestionsFromSmallTalk()
    {
        // The threshold's reasoning, re-measured: the weakest real question and the strongest small talk.
        var weakestQuestion = PolicyChat.Responder.Search("can I take my laptop abroad?").Hits[0].Score;
        var strongestSmallTalk = PolicyChat.Responder.Search("is the meeting at 3?").Hits[0].Score;

        weakestQuestion.Should().BeGreaterThan(PolicyFreeText.MinQuestionScore);
        strongestSmallTalk.Should().BeLessThan(PolicyFreeText.MinQuestionScore);
    }
}

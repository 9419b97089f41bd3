using SecurityBot.BotFramework.Schema;
using SecurityBot.Platform.Chat;

namespace SecurityBot.UnitTests.Conversation;

public sealed class FormSubmissionKeyTests
{
    private const string Form = "risk.request.submit";
    private const string User = "00000000-0000-0000-0000-0000000000020";

    [Fact]
    public void From_SameFormSameUser_SameKeyWhateverTheIdCase()
    {
        var first = FormSubmissionKey.From(Form, "a:chat", "message:1:form", User);
        var again = FormSubmissionKey.From(Form, "a:chat", "message:1:form", User.ToUpperInvariant());

        again.Should().Be(first);
        first.Should().HaveLength(FormSubmissionKey.Length).And.MatchRegex("^[0-9a-f]{64}$");
    }

    [Theory]
    [InlineData(Form, "a:chat", "message:1:other", User)]
    [InlineData(Form, "a:other", "message:1:form", User)]
    [InlineData(Form, "a:chat", "message:1:form", "00000000-0000-0000-0000-0000000000023")]
    [InlineData("incident.submit", "a:chat", "message:1:form", User)]
    public void From_AnotherFormConversationCardOrUser_AnotherKey(string form, string conversation, string source, string user)
    {
        FormSubmissionKey.From(form, conversation, source, user).Should().NotBe(FormSubmissionKey.From(Form, "a:chat", "message:1:form", User));
    }

    [Fact]
    public void From_PartsThatConcatenateAlike_DifferentKeys()
    {
        FormSubmissionKey.From(Form, "a\nb", "c", User).Should().NotBe(FormSubmissionKey.From(Form, "a", "b\nc", User));
    }

    [Fact]
    public void From_NoForm_NoKey()
    {
        FormSubmissionKey.From(Form, "a:chat", null, User).Should().BeNull();
        FormSubmissionKey.From(new Activity { Conversation = new ConversationAccount { Id = "a:chat" } }, Form, User).Should().BeNull();
    }

    [Fact]
    public void From_DoubleClickOnOneCard_SameKeyThoughTheActivityIdsDiffer()
    {
        var first = new Activity { Id = "f:1", ReplyToId = "1:card", Conversation = new ConversationAccount { Id = "a:chat" } };
        var second = new Activity { Id = "f:2", ReplyToId = "1:card", Conversation = new ConversationAccount { Id = "a:chat" } };

        FormSubmissionKey.From(second, Form, User).Should().Be(FormSubmissionKey.From(first, Form, User));
    }

    [Fact]
    public void From_NoCardMessage_TheActivityIdNamesTheSubmission()
    {
        var first = new Activity { Id = "f:1", Conversation = new ConversationAccount { Id = "a:chat" } };
        var redelivered = new Activity { Id = "f:1", Conversation = new ConversationAccount { Id = "a:chat" } };
        var another = new Activity { Id = "f:2", Conversation = new ConversationAccount { Id = "a:chat" } };

        FormSubmissionKey.From(redelivered, Form, User).Should().Be(FormSubmissionKey.From(first, Form, User));
        FormSubmissionKey.From(another, Form, User).Should().NotBe(FormSubmissionKey.From(first, Form, User));
    }
}

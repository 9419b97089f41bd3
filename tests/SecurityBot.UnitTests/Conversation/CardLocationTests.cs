using SecurityBot.BotFramework.Schema;
using SecurityBot.Platform.Notifications;

namespace SecurityBot.UnitTests.Conversation;

public class CardLocationTests
{
    [Fact]
    public void PressedIn_InvokeNamingTheCardMessage_ThePressersCopy()
    {
        var location = CardLocation.PressedIn(Invoke("1:card", "a:chat", "https://smba.example.test/"), "aad-dana");

        location.Should().Be(new CardLocation("a:chat", "1:card", "https://smba.example.test/", "aad-dana"));
    }

    [Theory]
    [InlineData(null, "a:chat", "https://smba.example.test/")]
    [InlineData("", "a:chat", "https://smba.example.test/")]
    [InlineData("1:card", null, "https://smba.example.test/")]
    [InlineData("1:card", "a:chat", null)]
    public void PressedIn_SomethingMissing_Null(string? replyToId, string? conversationId, string? serviceUrl)
    {
        CardLocation.PressedIn(Invoke(replyToId, conversationId, serviceUrl), "aad-dana").Should().BeNull();
    }

    private static Activity Invoke(string? replyToId, string? conversationId, string? serviceUrl) => new()
    {
        Type = "invoke",
        ReplyToId = replyToId,
        ServiceUrl = serviceUrl,
        Conversation = conversationId is null ? null : new ConversationAccount { Id = conversationId },
    };
}

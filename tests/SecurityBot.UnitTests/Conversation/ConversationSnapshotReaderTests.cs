using SecurityBot.BotFramework.Schema;
using SecurityBot.Platform.Conversations;

namespace SecurityBot.UnitTests.Conversation;

public class ConversationSnapshotReaderTests
{
    [Fact]
    public void Read_TeamsMessage_EveryFieldKept()
    {
        var snapshot = ConversationSnapshotReader.Read(Message());

        snapshot.Should().Be(new ConversationSnapshot("tenant-1", "aad-alex", "29:alex", "a:chat", "personal", "https://smba.example.test/", "28:bot", "msteams"));
    }

    [Theory]
    [InlineData("aad", "aad\u0000alex")]
    [InlineData("user", "29:alex\u001b[31m")]
    [InlineData("conversation", "a:chat\u0000")]
    [InlineData("channel", "msteams\u0000")]
    public void Read_RequiredValueWithControlCharacter_NothingToRecord(string field, string hostile)
    {
        // PostgreSQL refuses a NUL in text: storing it failed the turn (found by the fuzz test).
        var activity = Message();
        switch (field)
        {
            case "aad": activity.From!.AadObjectId = hostile; break;
            case "user": activity.From!.Id = hostile; break;
            case "conversation": activity.Conversation!.Id = hostile; break;
            default: activity.ChannelId = hostile; break;
        }

        ConversationSnapshotReader.Read(activity).Should().BeNull();
    }

    [Fact]
    public void Read_OptionalValuesWithControlCharacters_LeftOutAndTheRestKept()
    {
        var activity = Message();
        activity.Conversation!.TenantId = "tenant\u0000";
        activity.Recipient!.Id = "28:bot\u0007";

        var snapshot = ConversationSnapshotReader.Read(activity);

        snapshot.Should().NotBeNull();
        snapshot!.TenantId.Should().BeNull();
        snapshot.BotId.Should().BeNull();
        snapshot.UserAadObjectId.Should().Be("aad-alex");
    }

    private static Activity Message() => new()
    {
        Type = "message",
        ServiceUrl = "https://smba.example.test/",
        ChannelId = "msteams",
        From = new ChannelAccount { Id = "29:alex", AadObjectId = "aad-alex" },
        Recipient = new ChannelAccount { Id = "28:bot" },
        Conversation = new ConversationAccount { Id = "a:chat", ConversationType = "personal", TenantId = "tenant-1" },
    };
}

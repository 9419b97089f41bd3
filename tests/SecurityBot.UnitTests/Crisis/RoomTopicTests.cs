using SecurityBot.Crisis.Domain;

namespace SecurityBot.UnitTests.Crisis;

public sealed class RoomTopicTests
{
    [Fact]
    public void For_ControlCharactersInTitle_AreDropped()
    {
        RoomTopic.For("INC-000007", "Phish\r\nlink\u0007 ").Should().Be("INC-000007 — Phishlink");
    }

    [Fact]
    public void For_LongTitle_IsCutToGraphsLimitWithTheNumberKept()
    {
        var topic = RoomTopic.For("INC-000007", new string('a', 400));

        topic.Length.Should().Be(CrisisRoom.MaxTopicLength);
        topic.Should().StartWith("INC-000007 — ").And.EndWith("…");
    }

    [Fact]
    public void For_EmptyTitle_IsTheNumber()
    {
        RoomTopic.For("INC-000007", "  ").Should().Be("INC-000007");
    }
}

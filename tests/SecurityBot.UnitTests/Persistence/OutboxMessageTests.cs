using SecurityBot.Platform.Notifications;

namespace SecurityBot.UnitTests.Persistence;

public sealed class OutboxMessageTests
{
    private static readonly DateTimeOffset Now = new(2026, 1, 5, 9, 0, 0, TimeSpan.Zero);

    [Fact]
    public void MarkDelivered_Twice_KeepsTheFirstDelivery()
    {
        var message = NewMessage();
        message.MarkDelivered("a:alice", "activity-1", Now);

        message.MarkDelivered("a:alice", "activity-2", Now.AddMinutes(1));

        message.DeliveredActivityId.Should().Be("activity-1");
        message.DeliveredAt.Should().Be(Now);
        message.Attempts.Should().Be(1);
    }

    [Fact]
    public void ScheduleRetry_AfterDelivery_IsRefused()
    {
        var message = NewMessage();
        message.MarkDelivered("a:alice", "activity-1", Now);

        var act = () => message.ScheduleRetry(Now.AddMinutes(1), 5, "503");

        act.Should().Throw<InvalidOperationException>();
    }

    [Fact]
    public void ScheduleRetry_LastAttempt_DeadLettersAndSaysSo()
    {
        var message = NewMessage();

        message.ScheduleRetry(Now.AddSeconds(1), maxAttempts: 2, "503").Should().BeTrue();
        message.ScheduleRetry(Now.AddSeconds(2), maxAttempts: 2, "503").Should().BeFalse();

        message.Status.Should().Be(OutboxStatus.DeadLettered);
        message.LeaseOwner.Should().BeNull();
    }

    [Fact]
    public void RecordConversationRecreated_Twice_IsRefused()
    {
        var message = NewMessage();
        message.RecordConversationRecreated();

        var act = message.RecordConversationRecreated;

        act.Should().Throw<InvalidOperationException>();
    }

    [Fact]
    public void WaitForReference_ChannelNotification_IsRefused()
    {
        var message = OutboxMessage.NewMessage(new OutboundNotification(
            NotificationRecipient.Conversation("19:channel", "https://smba.example.test/", "t"), "{}", "k"), Now);

        var act = () => message.WaitForReference("none");

        act.Should().Throw<InvalidOperationException>();
    }

    [Fact]
    public void Rerender_OlderVersion_KeepsTheNewerPayload()
    {
        var message = NewMessage(version: 3);

        message.Rerender(2, """{"text":"v2"}""");

        message.EntityVersion.Should().Be(3);
        message.ActivityJson.Should().Contain("v3");
    }

    private static OutboxMessage NewMessage(long version = 1) =>
        OutboxMessage.NewMessage(new OutboundNotification(NotificationRecipient.User("alice"), $$"""{"text":"v{{version}}"}""", "key",
            new EntityRef("Incident", "INC-1"), version), Now);
}

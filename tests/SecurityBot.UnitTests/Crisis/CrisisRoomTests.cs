using SecurityBot.Crisis.Domain;
using SecurityBot.Platform.Results;

namespace SecurityBot.UnitTests.Crisis;

/// <summary>The room guards its own life: one step at a time, in order; nothing posted to a room that is not open.</summary>
public sealed class CrisisRoomTests
{
    private static readonly DateTimeOffset Now = new(2026, 12, 5, 9, 0, 0, TimeSpan.Zero);

    [Fact]
    public void Declare_WithTitle_IsRequestedWithNumberedTopicAndNeedsAChat()
    {
        var room = CrisisRoom.Declare("INC-000042", "Ransomware on the file server", null, Now);

        room.Status.Should().Be(CrisisRoomStatus.Requested);
        room.Topic.Should().Be("INC-000042 — Ransomware on the file server");
        room.NextStep().Should().Be(CrisisRoomStep.CreateChat);
        room.DeclaredById.Should().BeNull();
    }

    [Fact]
    public void Steps_InOrder_OpenTheRoomWithFirstUpdateDueOneCadenceLater()
    {
        var room = WithPeople();

        room.ChatCreated("19:room@thread.v2", Now);
        room.NextStep().Should().Be(CrisisRoomStep.InstallBot);
        room.Members.Should().OnlyContain(m => m.AddedAt == Now);
        room.BotInstalled("https://smba.example/amer/", Now);
        room.NextStep().Should().Be(CrisisRoomStep.PostCards);
        room.Opened(TimeSpan.FromHours(1), Now);

        room.IsOpen.Should().BeTrue();
        room.NextUpdateDueAt.Should().Be(Now.AddHours(1));
        room.NextStep().Should().Be(CrisisRoomStep.None);
    }

    [Fact]
    public void ChatCreated_Twice_IsRefusedAndKeepsTheFirstChat()
    {
        var room = WithPeople();
        room.ChatCreated("19:first@thread.v2", Now);

        var again = () => room.ChatCreated("19:second@thread.v2", Now);

        again.Should().Throw<RefusalException>();
        room.ChatId.Should().Be("19:first@thread.v2");
    }

    [Fact]
    public void AddMember_AfterOpening_WaitsToBeAddedAndTheSamePersonTwiceIsIgnored()
    {
        var room = OpenRoom();

        room.AddMember("responder-2", "Isaiah Langer", CrisisMemberRole.Responder, null, Now).Should().BeTrue();
        room.AddMember("RESPONDER-2", "Isaiah Langer", CrisisMemberRole.Roster, "Legal", Now).Should().BeFalse();

        room.NextStep().Should().Be(CrisisRoomStep.AddMembers);
        room.MemberAdded("responder-2", Now);
        room.NextStep().Should().Be(CrisisRoomStep.None);
    }

    [Fact]
    public void RecordUpdate_BeforeOpening_IsRefused()
    {
        var room = WithPeople();

        var act = () => room.RecordUpdate(new StakeholderUpdateDraft("Contained", null), ("lead", "Tomas Herrera"), TimeSpan.FromHours(1), Now);

        act.Should().Throw<RefusalException>().WithMessage("*not open*");
        room.UpdateCount.Should().Be(0);
    }

    [Fact]
    public void RecordUpdate_OpenRoom_NumbersUpdatesAndMovesTheNextDueTime()
    {
        var room = OpenRoom();

        var first = room.RecordUpdate(new StakeholderUpdateDraft("Contained", "Finance file share"), ("lead", "Tomas Herrera"), TimeSpan.FromHours(1), Now.AddMinutes(30));
        var second = room.RecordUpdate(new StakeholderUpdateDraft("Restoring", null), ("lead", "Tomas Herrera"), TimeSpan.FromHours(1), Now.AddMinutes(50));

        first.Sequence.Should().Be(1);
        second.Sequence.Should().Be(2);
        room.NextUpdateDueAt.Should().Be(Now.AddMinutes(110));
        second.NextDueAt.Should().Be(Now.AddMinutes(110));
    }

    [Fact]
    public void StepFailedTransiently_UntilMaxAttempts_FailsTheRoom()
    {
        var room = WithPeople();

        room.StepFailedTransiently("CreateChat: HTTP 503", 3, Now).Should().BeFalse();
        room.StepFailedTransiently("CreateChat: HTTP 503", 3, Now).Should().BeFalse();
        room.StepFailedTransiently("CreateChat: HTTP 429", 3, Now).Should().BeTrue();

        room.Status.Should().Be(CrisisRoomStatus.Failed);
        room.LastError.Should().Contain("429");
        room.NextStep().Should().Be(CrisisRoomStep.None);
    }

    [Fact]
    public void Retry_FailedBeforeTheChat_StartsAgainAtCreateChat()
    {
        var room = WithPeople();
        room.StepFailedPermanently("CreateChat: HTTP 403 Forbidden", Now);

        room.Retry(Now);

        room.Status.Should().Be(CrisisRoomStatus.Requested);
        room.Attempts.Should().Be(0);
        room.NextStep().Should().Be(CrisisRoomStep.CreateChat);
    }

    [Fact]
    public void Retry_RoomThatDidNotFail_IsRefused()
    {
        var room = OpenRoom();

        var act = () => room.Retry(Now);

        act.Should().Throw<RefusalException>();
        room.IsOpen.Should().BeTrue();
    }

    [Fact]
    public void Close_OpenRoom_StopsUpdatesAndTakesNoOneNew()
    {
        var room = OpenRoom();

        room.Close(Now);

        room.Status.Should().Be(CrisisRoomStatus.Closed);
        room.NextUpdateDueAt.Should().BeNull();
        room.AddMember("late", "Late Person", CrisisMemberRole.Responder, null, Now).Should().BeFalse();
        var update = () => room.RecordUpdate(new StakeholderUpdateDraft("x", null), ("lead", "Lead"), TimeSpan.FromHours(1), Now);
        update.Should().Throw<RefusalException>().WithMessage("*closed*");
    }

    private static CrisisRoom WithPeople()
    {
        var room = CrisisRoom.Declare("INC-000042", "Ransomware", null, Now);
        room.AddMember("lead", "Tomas Herrera", CrisisMemberRole.SecurityLead, null, Now);
        room.AddMember("cso", "Priya Raman", CrisisMemberRole.Cso, null, Now);
        return room;
    }

    private static CrisisRoom OpenRoom()
    {
        var room = WithPeople();
        room.ChatCreated("19:room@thread.v2", Now);
        room.BotInstalled("https://smba.example/amer/", Now);
        room.Opened(TimeSpan.FromHours(1), Now);
        return room;
    }
}

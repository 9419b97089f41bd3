using SecurityBot.Crisis.Domain;
using SecurityBot.Platform.Results;

namespace SecurityBot.UnitTests.Crisis;

public sealed class FollowUpActionTests
{
    private const string Owner = "owner-1";
    private static readonly DateTimeOffset Now = new(2026, 3, 10, 9, 0, 0, TimeSpan.Zero);

    private static FollowUpAction NewAction() => new(Guid.NewGuid(), 2, "Enforce MFA", Owner, "Jin Park", new DateOnly(2026, 3, 10));

    [Fact]
    public void MarkDone_ByTheOwner_IsDoneByThem()
    {
        var action = NewAction();

        action.MarkDone(Owner, "Jin Park", isLeadOrCso: false, Now).Should().BeTrue();

        action.IsDone.Should().BeTrue();
        (action.DoneAt, action.DoneById, action.DoneByName).Should().Be((Now, Owner, "Jin Park"));
    }

    [Fact]
    public void MarkDone_Twice_TheFirstStandsAndTheSecondChangesNothing()
    {
        var action = NewAction();
        action.MarkDone(Owner, "Jin Park", false, Now);
        var version = action.Version;

        action.MarkDone("lead-1", "Tomas Herrera", isLeadOrCso: true, Now.AddHours(1)).Should().BeFalse();

        (action.DoneAt, action.DoneByName, action.Version).Should().Be((Now, "Jin Park", version));
    }

    [Fact]
    public void MarkDone_BySomeoneElse_IsRefusedAndNotDone()
    {
        var action = NewAction();

        var act = () => action.MarkDone("someone-else", "Amara Nwosu", isLeadOrCso: false, Now);

        act.Should().Throw<RefusalException>().WithMessage("*Jin Park (the owner), the security lead or the CSO*");
        action.IsDone.Should().BeFalse();
    }

    [Fact]
    public void MarkDone_ByTheLeadOrCso_IsDoneOnTheOwnersBehalf()
    {
        var action = NewAction();

        action.MarkDone("cso-1", "Priya Raman", isLeadOrCso: true, Now).Should().BeTrue();

        action.DoneById.Should().Be("cso-1");
    }

    [Fact]
    public void Nudge_NeverDone_RemindsFiveTimesThenTellsTheLeadOnceThenNothing()
    {
        var action = NewAction();

        var nudges = Enumerable.Range(0, 8).Select(_ => action.Nudge()).ToList();

        nudges.Should().Equal(
            FollowUpNudge.Reminder, FollowUpNudge.Reminder, FollowUpNudge.Reminder, FollowUpNudge.Reminder, FollowUpNudge.Reminder,
            FollowUpNudge.LeadNotice, FollowUpNudge.None, FollowUpNudge.None);
    }

    [Fact]
    public void Nudge_Done_DoesNothing()
    {
        var action = NewAction();
        action.Nudge();
        action.MarkDone(Owner, "Jin Park", false, Now);

        action.Nudge().Should().Be(FollowUpNudge.None);
        action.Reminders.Should().Be(1);
    }

    [Fact]
    public void FirstReminderAt_IsNineUtcOnTheDueDate()
    {
        NewAction().FirstReminderAt.Should().Be(new DateTimeOffset(2026, 3, 10, 9, 0, 0, TimeSpan.Zero));
    }
}

using SecurityBot.Crisis.Domain;
using SecurityBot.Platform.Results;

namespace SecurityBot.UnitTests.Crisis;

public sealed class RegulatorClockTests
{
    private static readonly DateTimeOffset Start = new(2026, 3, 2, 10, 0, 0, TimeSpan.Zero);
    private static readonly (string Id, string Name) Jin = ("jin-id", "Jin Park");
    private static readonly (string Id, string Name) Dpo = ("dpo-id", "Megan Bowen");

    private static RegulatorClock Started() =>
        RegulatorClock.Start(CrisisRoom.Declare("INC-000042", "Customer database exposed", null, Start), Jin, TimeSpan.FromHours(72), Start);

    private static RegulatorReminderPoint Point(int hoursBefore) => new(Start.AddHours(72 - hoursBefore), hoursBefore);

    [Fact]
    public void Start_PersonalDataMarked_RecordsWhoWhenAndTheDeadline()
    {
        var clock = Started();

        clock.IsRunning.Should().BeTrue();
        clock.IncidentNumber.Should().Be("INC-000042");
        clock.StartedById.Should().Be("jin-id");
        clock.StartedByName.Should().Be("Jin Park");
        clock.StartedAt.Should().Be(Start);
        clock.DeadlineAt.Should().Be(Start.AddHours(72));
        clock.TimeLeft(Start.AddHours(70)).Should().Be(TimeSpan.FromHours(2));
    }

    [Fact]
    public void RecordNotified_RunningClock_RecordsWhoWhenAndTheReference()
    {
        var clock = Started();

        clock.RecordNotified(Dpo, "  ICO-2026-0042 ", Start.AddHours(30));

        clock.Status.Should().Be(RegulatorClockStatus.Notified);
        clock.DecidedById.Should().Be("dpo-id");
        clock.DecidedByName.Should().Be("Megan Bowen");
        clock.DecidedAt.Should().Be(Start.AddHours(30));
        clock.AuthorityReference.Should().Be("ICO-2026-0042");
        clock.IsRunning.Should().BeFalse();
    }

    [Fact]
    public void RecordNotified_WithoutReference_KeepsNoReference()
    {
        var clock = Started();

        clock.RecordNotified(Dpo, "   ", Start.AddHours(1));

        clock.AuthorityReference.Should().BeNull();
    }

    [Fact]
    public void RecordNotified_Twice_IsRefusedAndKeepsTheFirstRecord()
    {
        var clock = Started();
        clock.RecordNotified(Dpo, "REF-1", Start.AddHours(1));

        var again = () => clock.RecordNotified(Jin, "REF-2", Start.AddHours(2));

        again.Should().Throw<RefusalException>().WithMessage("*already recorded*");
        clock.AuthorityReference.Should().Be("REF-1");
        clock.DecidedById.Should().Be("dpo-id");
    }

    [Fact]
    public void RecordNotified_ReferenceTooLong_IsRefusedAndTheClockRuns()
    {
        var clock = Started();

        var act = () => clock.RecordNotified(Dpo, new string('x', RegulatorClock.MaxReferenceLength + 1), Start.AddHours(1));

        act.Should().Throw<RefusalException>().WithMessage("*at most 200*");
        clock.IsRunning.Should().BeTrue();
    }

    [Fact]
    public void RecordNotNotifiable_WithAReason_StopsTheClockWithWhoWhenAndWhy()
    {
        var clock = Started();

        clock.RecordNotNotifiable(Dpo, "Encrypted laptop; the key was not lost.", Start.AddHours(5));

        clock.Status.Should().Be(RegulatorClockStatus.NotNotifiable);
        clock.DecidedById.Should().Be("dpo-id");
        clock.DecidedAt.Should().Be(Start.AddHours(5));
        clock.NoNotificationReason.Should().Be("Encrypted laptop; the key was not lost.");
    }

    [Fact]
    public void RecordNotNotifiable_WithoutAReason_IsRefused()
    {
        var clock = Started();

        var act = () => clock.RecordNotNotifiable(Dpo, " \t ", Start.AddHours(5));

        act.Should().Throw<RefusalException>().WithMessage("*Say why*");
        clock.IsRunning.Should().BeTrue();
    }

    [Fact]
    public void RecordNotNotifiable_AfterNotified_IsRefused()
    {
        var clock = Started();
        clock.RecordNotified(Dpo, null, Start.AddHours(1));

        var act = () => clock.RecordNotNotifiable(Dpo, "Changed my mind", Start.AddHours(2));

        act.Should().Throw<RefusalException>();
        clock.Status.Should().Be(RegulatorClockStatus.Notified);
    }

    [Fact]
    public void Reminded_EachPointOnce_IsNewsOnlyTheFirstTime()
    {
        var clock = Started();

        clock.Reminded(Point(48), Start.AddHours(24)).Should().BeTrue();
        clock.Reminded(Point(48), Start.AddHours(24)).Should().BeFalse();
        clock.Reminded(Point(24), Start.AddHours(48)).Should().BeTrue();
        clock.LastReminderAt.Should().Be(Start.AddHours(48));
        clock.DeadlinePassedNoticeAt.Should().BeNull();
    }

    [Fact]
    public void Reminded_TheDeadline_RecordsTheNotice()
    {
        var clock = Started();

        clock.Reminded(Point(0), Start.AddHours(72)).Should().BeTrue();

        clock.DeadlinePassedNoticeAt.Should().Be(Start.AddHours(72));
        clock.IsRunning.Should().BeTrue("the authority is still owed the notification");
    }

    [Fact]
    public void Reminded_AfterTheDecision_IsNoNews()
    {
        var clock = Started();
        clock.RecordNotified(Dpo, null, Start.AddHours(1));

        clock.Reminded(Point(48), Start.AddHours(24)).Should().BeFalse();
        clock.Reminded(Point(0), Start.AddHours(72)).Should().BeFalse();

        clock.LastReminderAt.Should().BeNull();
        clock.DeadlinePassedNoticeAt.Should().BeNull();
    }
}

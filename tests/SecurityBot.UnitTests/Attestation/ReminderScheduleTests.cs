using SecurityBot.Attestation.Domain;

namespace SecurityBot.UnitTests.Attestation;

/// <summary>The business-day calendar of reminders. March 2026: the 2nd is a Monday.</summary>
public sealed class ReminderScheduleTests
{
    // Friday.
    private static readonly DateOnly Due = new(2026, 3, 13);

    private static ReminderSchedule Schedule(Action<AttestationOptions>? configure = null)
    {
        var options = new AttestationOptions();
        configure?.Invoke(options);
        return new ReminderSchedule(options);
    }

    private static DateOnly March(int day) => new(2026, 3, day);

    private static IEnumerable<(int Day, bool Remind, bool Notice)> Work(ReminderSchedule schedule, DateOnly due, int from, int to) =>
        Enumerable.Range(from, to - from + 1)
            .Select(d => schedule.For(due, March(d)))
            .Where(day => day.HasWork)
            .Select(day => (day.Date.Day, day.Remind, day.ManagerNotice));

    [Fact]
    public void For_Defaults_RemindsThreeAndOneBusinessDaysBeforeOnTheDueDayAndThreeOverdueDaysWithTheNoticeOnTheSecond()
    {
        var schedule = Schedule();

        Work(schedule, Due, 1, 31).Should().Equal(
            (10, true, false), (12, true, false), (13, true, false),
            (16, true, false), (17, true, true), (18, true, false));
        schedule.For(Due, March(13)).Overdue.Should().BeFalse("the due date is not overdue");
        schedule.For(Due, March(14)).Should().Be(new ReminderDay(March(14), false, false, true), "a Saturday is overdue but has no work");
        schedule.For(Due, March(16)).Overdue.Should().BeTrue();
    }

    [Fact]
    public void For_AHolidayInTheWay_IsSkippedAndBusinessDaysCountAroundIt()
    {
        // Thursday the 12th and Monday the 16th are holidays.
        var schedule = Schedule(o => o.Holidays = [March(12), March(16)]);

        Work(schedule, Due, 1, 31).Should().Equal(
            (9, true, false), (11, true, false), (13, true, false),
            (17, true, false), (18, true, true), (19, true, false));
    }

    [Fact]
    public void For_OtherBusinessDaysAndCounts_FollowTheOptions()
    {
        // A Sunday-to-Thursday week, one reminder two days before, one overdue reminder, the managers on the third day after.
        var schedule = Schedule(o =>
        {
            o.BusinessDays = [DayOfWeek.Sunday, DayOfWeek.Monday, DayOfWeek.Tuesday, DayOfWeek.Wednesday, DayOfWeek.Thursday];
            o.RemindBusinessDaysBefore = [2];
            o.OverdueReminders = 1;
            o.ManagerNoticeAfterBusinessDays = 3;
        });

        // Due Thursday the 12th: two business days before is Tuesday; after it come Sunday 15, Monday 16, Tuesday 17.
        Work(schedule, March(12), 1, 31).Should().Equal((10, true, false), (12, true, false), (15, true, false), (17, false, true));
    }

    [Fact]
    public void For_DueOnAWeekend_RemindsOnTheLastBusinessDayBeforeIt()
    {
        var schedule = Schedule();
        var saturday = March(14);

        // Business days counted to Saturday: Thursday is one before, Friday none: Friday is the last day people can be told.
        Work(schedule, saturday, 1, 31).Should().Equal(
            (10, true, false), (12, true, false), (13, true, false),
            (16, true, false), (17, true, true), (18, true, false));
        schedule.For(saturday, March(13)).Overdue.Should().BeFalse();
    }

    [Fact]
    public void NextRun_AtTheReminderTime_IsTheNextDayWithWorkAndNullWhenTheCalendarIsOver()
    {
        var schedule = Schedule();

        schedule.NextRun(Due, new DateTimeOffset(2026, 3, 2, 10, 0, 0, TimeSpan.Zero)).Should().Be(new DateTimeOffset(2026, 3, 10, 9, 0, 0, TimeSpan.Zero));
        schedule.NextRun(Due, new DateTimeOffset(2026, 3, 10, 8, 59, 0, TimeSpan.Zero)).Should().Be(new DateTimeOffset(2026, 3, 10, 9, 0, 0, TimeSpan.Zero));
        schedule.NextRun(Due, new DateTimeOffset(2026, 3, 10, 9, 0, 0, TimeSpan.Zero)).Should().Be(new DateTimeOffset(2026, 3, 12, 9, 0, 0, TimeSpan.Zero), "a run at its time is not its own next run");
        schedule.NextRun(Due, new DateTimeOffset(2026, 3, 13, 9, 0, 0, TimeSpan.Zero)).Should().Be(new DateTimeOffset(2026, 3, 16, 9, 0, 0, TimeSpan.Zero), "over the weekend");
        schedule.NextRun(Due, new DateTimeOffset(2026, 3, 18, 8, 0, 0, TimeSpan.Zero)).Should().Be(new DateTimeOffset(2026, 3, 18, 9, 0, 0, TimeSpan.Zero));
        schedule.NextRun(Due, new DateTimeOffset(2026, 3, 18, 9, 0, 0, TimeSpan.Zero)).Should().BeNull("the last overdue reminder has gone");
        schedule.NextRun(Due, new DateTimeOffset(2026, 6, 1, 9, 0, 0, TimeSpan.Zero)).Should().BeNull();
    }

    [Fact]
    public void NextRun_AcrossTheSpringChangeInDublin_IsNineOclockLocalOnBothSides()
    {
        // Clocks go forward on Sunday 29 March 2026; due Wednesday 1 April: reminders Friday 27 (GMT) and Tuesday 31 (IST).
        var schedule = Schedule(o => o.TimeZone = "Europe/Dublin");
        var due = new DateOnly(2026, 4, 1);

        var first = schedule.NextRun(due, new DateTimeOffset(2026, 3, 20, 12, 0, 0, TimeSpan.Zero));
        var second = schedule.NextRun(due, first!.Value);

        first.Should().Be(new DateTimeOffset(2026, 3, 27, 9, 0, 0, TimeSpan.Zero));
        second.Should().Be(new DateTimeOffset(2026, 3, 31, 9, 0, 0, TimeSpan.FromHours(1)));
        second!.Value.UtcDateTime.Hour.Should().Be(8);
    }

    [Fact]
    public void NextRun_AcrossTheAutumnChangeInDublin_IsNineOclockLocalOnBothSides()
    {
        // Clocks go back on Sunday 25 October 2026; due Tuesday 27 October: Thursday 22 (IST), Monday 26 (GMT).
        var schedule = Schedule(o => o.TimeZone = "Europe/Dublin");
        var due = new DateOnly(2026, 10, 27);

        var first = schedule.NextRun(due, new DateTimeOffset(2026, 10, 20, 12, 0, 0, TimeSpan.Zero));
        var second = schedule.NextRun(due, first!.Value);

        first.Should().Be(new DateTimeOffset(2026, 10, 22, 9, 0, 0, TimeSpan.FromHours(1)));
        second.Should().Be(new DateTimeOffset(2026, 10, 26, 9, 0, 0, TimeSpan.Zero));
    }

    [Fact]
    public void NextRun_AcrossTheSpringChangeInLosAngeles_IsNineOclockLocalOnBothSides()
    {
        // Clocks go forward on Sunday 8 March 2026; due Tuesday 10 March: Thursday 5 (PST), Monday 9 (PDT), Tuesday 10.
        var schedule = Schedule(o => o.TimeZone = "America/Los_Angeles");
        var due = March(10);

        var first = schedule.NextRun(due, new DateTimeOffset(2026, 3, 2, 12, 0, 0, TimeSpan.Zero));
        var second = schedule.NextRun(due, first!.Value);
        var third = schedule.NextRun(due, second!.Value);

        first.Should().Be(new DateTimeOffset(2026, 3, 5, 9, 0, 0, TimeSpan.FromHours(-8)));
        second.Should().Be(new DateTimeOffset(2026, 3, 9, 9, 0, 0, TimeSpan.FromHours(-7)));
        third.Should().Be(new DateTimeOffset(2026, 3, 10, 9, 0, 0, TimeSpan.FromHours(-7)));
        first!.Value.UtcDateTime.Hour.Should().Be(17);
        second!.Value.UtcDateTime.Hour.Should().Be(16);
    }

    [Fact]
    public void At_ReminderTimeInTheSkippedHour_MovesForwardToAValidTime()
    {
        var schedule = Schedule(o =>
        {
            o.TimeZone = "America/Los_Angeles";
            o.ReminderTime = new TimeOnly(2, 30);
        });

        schedule.At(March(8)).Should().Be(new DateTimeOffset(2026, 3, 8, 3, 0, 0, TimeSpan.FromHours(-7)));
        schedule.At(March(9)).Should().Be(new DateTimeOffset(2026, 3, 9, 2, 30, 0, TimeSpan.FromHours(-7)));
    }

    [Fact]
    public void Today_IsTheDateInTheOrganisationsZone()
    {
        var lateEvening = new DateTimeOffset(2026, 3, 3, 1, 0, 0, TimeSpan.Zero);

        Schedule().Today(lateEvening).Should().Be(March(3));
        Schedule(o => o.TimeZone = "America/Los_Angeles").Today(lateEvening).Should().Be(March(2));
        Schedule(o => o.TimeZone = "Europe/Dublin").Today(new DateTimeOffset(2026, 6, 1, 23, 30, 0, TimeSpan.Zero)).Should().Be(new DateOnly(2026, 6, 2));
    }
}

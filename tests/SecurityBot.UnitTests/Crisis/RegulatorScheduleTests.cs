using SecurityBot.Crisis.Domain;

namespace SecurityBot.UnitTests.Crisis;

public sealed class RegulatorScheduleTests
{
    private static readonly DateTimeOffset Start = new(2026, 3, 2, 10, 0, 0, TimeSpan.Zero);

    private static RegulatorClock Clock(int hours) =>
        RegulatorClock.Start(CrisisRoom.Declare("INC-000042", "t", null, Start), ("jin-id", "Jin Park"), TimeSpan.FromHours(hours), Start);

    [Fact]
    public void For_DefaultHours_RemindsBeforeTheDeadlineThenAtIt()
    {
        var schedule = RegulatorSchedule.For(Clock(72), RegulatorOptions.DefaultReminderHours);

        schedule.Points.Select(p => p.HoursBefore).Should().Equal(48, 24, 12, 4, 1, 0);
        schedule.Points.Select(p => p.At).Should().Equal(
            Start.AddHours(24), Start.AddHours(48), Start.AddHours(60), Start.AddHours(68), Start.AddHours(71), Start.AddHours(72));
        schedule.Points[^1].IsDeadline.Should().BeTrue();
        schedule.Points.Select(p => p.Key).Should().Equal("48h", "24h", "12h", "4h", "1h", "deadline");
    }

    [Fact]
    public void For_PointsAtOrBeforeTheStart_AreDropped()
    {
        var schedule = RegulatorSchedule.For(Clock(24), [48, 24, 12, 12, 1]);

        schedule.Points.Select(p => p.HoursBefore).Should().Equal(12, 1, 0);
    }

    [Fact]
    public void NextAfter_BetweenPoints_IsTheFollowingPointAndNullAfterTheDeadline()
    {
        var schedule = RegulatorSchedule.For(Clock(72), RegulatorOptions.DefaultReminderHours);

        schedule.NextAfter(Start).Should().Be(new RegulatorReminderPoint(Start.AddHours(24), 48));
        schedule.NextAfter(Start.AddHours(24)).Should().Be(new RegulatorReminderPoint(Start.AddHours(48), 24));
        schedule.NextAfter(Start.AddHours(71.5)).Should().Be(new RegulatorReminderPoint(Start.AddHours(72), 0));
        schedule.NextAfter(Start.AddHours(72)).Should().BeNull();
    }

    [Fact]
    public void ReachedAt_AfterSeveralPoints_IsOnlyTheLatest()
    {
        var schedule = RegulatorSchedule.For(Clock(72), RegulatorOptions.DefaultReminderHours);

        schedule.ReachedAt(Start.AddHours(23)).Should().BeNull();
        schedule.ReachedAt(Start.AddHours(61)).Should().Be(new RegulatorReminderPoint(Start.AddHours(60), 12));
        schedule.ReachedAt(Start.AddHours(100))!.IsDeadline.Should().BeTrue();
    }

    [Theory]
    [InlineData(72, new[] { 48, 24, 12, 4, 1 }, true)]
    [InlineData(72, new[] { 72 }, false)]
    [InlineData(72, new[] { 0 }, false)]
    [InlineData(24, new[] { 48 }, false)]
    public void ReminderHoursAreValid_AgainstTheWindow_AcceptsOnlyPositiveHoursInsideIt(int notificationHours, int[] hours, bool valid)
    {
        var options = new RegulatorOptions { NotificationHours = notificationHours, ReminderHoursBefore = hours };

        options.ReminderHoursAreValid().Should().Be(valid);
    }

    [Fact]
    public void ReminderHours_NotConfigured_AreTheDefaults()
    {
        new RegulatorOptions().ReminderHours.Should().Equal(48, 24, 12, 4, 1);
    }
}

using SecurityBot.Metrics.Domain;

namespace SecurityBot.UnitTests.Metrics;

public sealed class DigestScheduleTests
{
    private static DigestSchedule London(string cron = "0 8 * * 1")
    {
        DigestSchedule.TryCreate(cron, "Europe/London", out var schedule, out var error).Should().BeTrue(error);
        return schedule;
    }

    [Fact]
    public void Next_MondayDigestAcrossTheSpringChange_StaysAtEightLocal()
    {
        // Monday 23 March 2026 08:00 GMT; the clocks go forward on Sunday 29 March.
        var before = new DateTimeOffset(2026, 3, 23, 8, 0, 0, TimeSpan.Zero);

        var next = London().Next(before);

        next.Should().Be(new DateTimeOffset(2026, 3, 30, 8, 0, 0, TimeSpan.FromHours(1)));
        next.UtcDateTime.Should().Be(new DateTime(2026, 3, 30, 7, 0, 0, DateTimeKind.Utc));
    }

    [Fact]
    public void Next_MondayDigestAcrossTheAutumnChange_StaysAtEightLocal()
    {
        // Monday 19 October 2026 08:00 BST; the clocks go back on Sunday 25 October.
        var before = new DateTimeOffset(2026, 10, 19, 8, 0, 0, TimeSpan.FromHours(1));

        var next = London().Next(before);

        next.Should().Be(new DateTimeOffset(2026, 10, 26, 8, 0, 0, TimeSpan.Zero));
        next.UtcDateTime.Should().Be(new DateTime(2026, 10, 26, 8, 0, 0, DateTimeKind.Utc));
    }

    [Fact]
    public void Next_AtTheOccurrenceItself_IsTheFollowingWeek()
    {
        var occurrence = new DateTimeOffset(2026, 3, 30, 7, 0, 0, TimeSpan.Zero);

        London().Next(occurrence).Should().Be(new DateTimeOffset(2026, 4, 6, 7, 0, 0, TimeSpan.Zero));
    }

    [Fact]
    public void Next_LocalTimeSkippedBySpringChange_FiresOnceJustAfterTheGap()
    {
        // 01:30 on Sunday 29 March 2026 does not exist in London (01:00 GMT → 02:00 BST).
        var schedule = London("30 1 * * 0");

        var next = schedule.Next(new DateTimeOffset(2026, 3, 28, 12, 0, 0, TimeSpan.Zero));

        next.UtcDateTime.Should().Be(new DateTime(2026, 3, 29, 1, 0, 0, DateTimeKind.Utc));
        schedule.Next(next).UtcDateTime.Should().Be(new DateTime(2026, 4, 5, 0, 30, 0, DateTimeKind.Utc));
    }

    [Fact]
    public void Next_LocalTimeRepeatedByAutumnChange_FiresOnce()
    {
        // 01:30 on Sunday 25 October 2026 happens twice in London (BST, then GMT): one digest, at the first.
        var schedule = London("30 1 * * 0");

        var first = schedule.Next(new DateTimeOffset(2026, 10, 24, 12, 0, 0, TimeSpan.Zero));

        first.UtcDateTime.Should().Be(new DateTime(2026, 10, 25, 0, 30, 0, DateTimeKind.Utc));
        schedule.Next(first).UtcDateTime.Should().Be(new DateTime(2026, 11, 1, 1, 30, 0, DateTimeKind.Utc));
    }

    [Theory]
    [InlineData("0 8 * *", "Europe/London", "Schedule")]
    [InlineData("61 8 * * 1", "Europe/London", "Schedule")]
    [InlineData("0 8 31 2 *", "Europe/London", "never occurs")]
    [InlineData("0 8 * * 1", "Mars/Olympus_Mons", "TimeZone")]
    [InlineData("0 8 * * 1", "", "TimeZone")]
    public void TryCreate_BadScheduleOrZone_RefusesWithTheReason(string cron, string zone, string reason)
    {
        DigestSchedule.TryCreate(cron, zone, out _, out var error).Should().BeFalse();

        error.Should().Contain(reason);
    }
}

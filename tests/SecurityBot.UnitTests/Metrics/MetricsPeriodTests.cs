using SecurityBot.Metrics.Domain;

namespace SecurityBot.UnitTests.Metrics;

/// <summary>The period grammar, counted in the asker's zone, across a daylight-saving change.</summary>
public sealed class MetricsPeriodTests
{
    private static readonly TimeZoneInfo London = TimeZoneInfo.FindSystemTimeZoneById("Europe/London");

    // Wednesday 28 October 2026, 15:00 UTC (15:00 in London: GMT since Sunday 25 October).
    private static readonly DateTimeOffset Now = new(2026, 10, 28, 15, 0, 0, TimeSpan.Zero);

    [Theory]
    [InlineData("")]
    [InlineData("30d")]
    [InlineData("Last 30   days")]
    public void TryParse_DefaultOrThirtyDays_TheLastThirtyDaysToNow(string text)
    {
        MetricsPeriod.TryParse(text, Now, London, out var period, out _).Should().BeTrue();
        (period.From, period.To).Should().Be((Now.AddDays(-30), Now));
    }

    [Fact]
    public void TryParse_ThisWeek_FromMondayLocalMidnight()
    {
        MetricsPeriod.TryParse("week", Now, London, out var period, out _).Should().BeTrue();
        period.From.Should().Be(new DateTimeOffset(2026, 10, 26, 0, 0, 0, TimeSpan.Zero));
        period.To.Should().Be(Now);
    }

    [Fact]
    public void TryParse_LastWeekAcrossTheClockChange_LocalMidnightToLocalMidnightSevenDaysAndAnHour()
    {
        MetricsPeriod.TryParse("last week", Now, London, out var period, out _).Should().BeTrue();

        // Monday 19 October 00:00 BST is 18 October 23:00 UTC; Monday 26 October 00:00 GMT is 00:00 UTC.
        period.From.Should().Be(new DateTimeOffset(2026, 10, 18, 23, 0, 0, TimeSpan.Zero));
        period.To.Should().Be(new DateTimeOffset(2026, 10, 26, 0, 0, 0, TimeSpan.Zero));
        period.Length.Should().Be(TimeSpan.FromHours((7 * 24) + 1));
        period.Previous.To.Should().Be(period.From);
        period.Previous.Length.Should().Be(period.Length);
    }

    [Fact]
    public void TryParse_Quarters_ThisSoFarAndTheWholeLastOne()
    {
        MetricsPeriod.TryParse("quarter", Now, London, out var current, out _).Should().BeTrue();
        current.From.Should().Be(new DateTimeOffset(2026, 9, 30, 23, 0, 0, TimeSpan.Zero), "1 October 00:00 BST");
        current.Label.Should().Be("Q4 2026 so far");

        MetricsPeriod.TryParse("last quarter", Now, London, out var last, out _).Should().BeTrue();
        (last.From, last.To, last.Label).Should().Be((new DateTimeOffset(2026, 6, 30, 23, 0, 0, TimeSpan.Zero), current.From, "Q3 2026"));
    }

    [Theory]
    [InlineData("2026-10-01..2026-10-31")]
    [InlineData("from 2026-10-01 to 2026-10-31")]
    public void TryParse_Dates_TheEndDateIsIncluded(string text)
    {
        MetricsPeriod.TryParse(text, Now, London, out var period, out _).Should().BeTrue();
        period.From.Should().Be(new DateTimeOffset(2026, 9, 30, 23, 0, 0, TimeSpan.Zero));
        period.To.Should().Be(new DateTimeOffset(2026, 11, 1, 0, 0, 0, TimeSpan.Zero));
        period.Label.Should().Be("2026-10-01 to 2026-10-31");
    }

    [Theory]
    [InlineData("yesterday", "I don't know that period")]
    [InlineData("2026-10-31..2026-10-01", "ends before it starts")]
    [InlineData("2024-01-01..2026-01-01", "at most a year")]
    [InlineData("2026-02-30..2026-03-01", "I don't know that period")]
    [InlineData("=HYPERLINK(\"x\")", "I don't know that period")]
    public void TryParse_BadPeriod_RefusedWithTheReasonAndUsage(string text, string reason)
    {
        MetricsPeriod.TryParse(text, Now, London, out _, out var error).Should().BeFalse();
        error.Should().Contain(reason);
    }
}

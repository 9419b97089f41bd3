using System.Globalization;
using SecurityBot.Cards;

namespace SecurityBot.UnitTests.Cards;

/// <summary>
/// One deadline, two readers, across the week in 2026 when Europe has left summer time (25 Oct) and the US has not
/// (1 Nov): Dublin and Los Angeles are 8 h apart, then 7 h, then 8 h again; each reader sees their own clock.
/// </summary>
public sealed class TimeDisplayTests
{
    private static readonly TimeDisplay Dublin = TimeDisplay.ForPerson(TimeZoneInfo.FindSystemTimeZoneById("Europe/Dublin"));
    private static readonly TimeDisplay LosAngeles = TimeDisplay.ForPerson(TimeZoneInfo.FindSystemTimeZoneById("America/Los_Angeles"), CultureInfo.GetCultureInfo("en-US"));

    [Theory]
    [InlineData("2026-10-20T16:00:00Z", "20 Oct 2026, 17:00 Dublin time", "Oct 20, 2026, 9:00 AM Los Angeles time")]
    [InlineData("2026-10-28T16:00:00Z", "28 Oct 2026, 16:00 Dublin time", "Oct 28, 2026, 9:00 AM Los Angeles time")]
    [InlineData("2026-11-02T16:00:00Z", "2 Nov 2026, 16:00 Dublin time", "Nov 2, 2026, 8:00 AM Los Angeles time")]
    public void At_SameDeadlineAcrossDaylightSavingChanges_EachReaderSeesTheirOwnClock(string utc, string dublin, string losAngeles)
    {
        var deadline = DateTimeOffset.Parse(utc, CultureInfo.InvariantCulture);

        Dublin.At(deadline).Should().Be(dublin);
        LosAngeles.At(deadline).Should().Be(losAngeles);
    }

    [Fact]
    public void At_SharedCard_OrganisationZoneWithItsOffsetOnThatDay()
    {
        var shared = TimeDisplay.ForSharedCard(TimeZoneInfo.FindSystemTimeZoneById("Europe/Dublin"));

        shared.At(DateTimeOffset.Parse("2026-07-01T09:30:00Z", CultureInfo.InvariantCulture)).Should().Be("1 Jul 2026, 10:30 Dublin time (UTC+1)");
        shared.At(DateTimeOffset.Parse("2026-12-01T09:30:00Z", CultureInfo.InvariantCulture)).Should().Be("1 Dec 2026, 09:30 Dublin time (UTC+0)");
    }

    [Fact]
    public void At_German_DayMonthAnd24HourClock()
    {
        var berlin = TimeDisplay.ForPerson(TimeZoneInfo.FindSystemTimeZoneById("Europe/Berlin"), CultureInfo.GetCultureInfo("de-DE"));

        berlin.At(DateTimeOffset.Parse("2026-12-07T12:00:00Z", CultureInfo.InvariantCulture)).Should().Be("7. Dez. 2026, 13:00 Ortszeit Berlin");
    }

    [Fact]
    public void At_Utc_NamedUtcWithoutOffset()
    {
        TimeDisplay.Utc.At(DateTimeOffset.Parse("2026-12-07T13:05:00Z", CultureInfo.InvariantCulture)).Should().Be("7 Dec 2026, 13:05 UTC");
        TimeDisplay.ForSharedCard(TimeZoneInfo.Utc).At(DateTimeOffset.Parse("2026-12-07T13:05:00Z", CultureInfo.InvariantCulture)).Should().Be("7 Dec 2026, 13:05 UTC");
    }

    [Theory]
    [InlineData("America/Los_Angeles", "Los Angeles time")]
    [InlineData("Europe/Dublin", "Dublin time")]
    [InlineData("America/Argentina/Buenos_Aires", "Buenos Aires time")]
    [InlineData("UTC", "UTC")]
    [InlineData("Etc/GMT+5", "UTC−5 time")]
    [InlineData("Asia/Kolkata", "Kolkata time")]
    public void NameOf_Zone_AsPeopleSayIt(string id, string expected)
    {
        TimeDisplay.NameOf(TimeZoneInfo.FindSystemTimeZoneById(id)).Should().Be(expected);
    }

    [Theory]
    [InlineData(0.5, "1 min")]
    [InlineData(40, "40 min")]
    [InlineData(60, "1 h")]
    [InlineData(135, "2 h 15 min")]
    [InlineData(400, "7 h")]
    [InlineData(1440, "24 h")]
    [InlineData(4320, "3 days")]
    public void Duration_Minutes_RoundedAsPeopleSayIt(double minutes, string expected)
    {
        TimeDisplay.Duration(TimeSpan.FromMinutes(minutes)).Should().Be(expected);
    }

    [Fact]
    public void Relative_FutureAndPast_InAndAgo()
    {
        var now = DateTimeOffset.Parse("2026-12-07T12:00:00Z", CultureInfo.InvariantCulture);

        TimeDisplay.Relative(now.AddMinutes(40), now).Should().Be("in 40 min");
        TimeDisplay.Relative(now.AddHours(-2), now).Should().Be("2 h ago");
        TimeDisplay.Relative(now.AddSeconds(20), now).Should().Be("just now");
    }

    [Theory]
    [InlineData(330, "UTC+5:30")]
    [InlineData(-480, "UTC−8")]
    [InlineData(0, "UTC+0")]
    public void Offset_Minutes_Labelled(int minutes, string expected)
    {
        TimeDisplay.Offset(TimeSpan.FromMinutes(minutes)).Should().Be(expected);
    }
}

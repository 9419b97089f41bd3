using SecurityBot.Incidents.Domain;
using SecurityBot.Platform.Routing;

namespace SecurityBot.UnitTests.Incidents;

public sealed class AcknowledgementSlaTests
{
    // Friday 2026-03-06 16:00 UTC.
    private static readonly DateTimeOffset FridayAfternoon = new(2026, 3, 6, 16, 0, 0, TimeSpan.Zero);

    private static AcknowledgementSla Sla(Action<IncidentOptions>? configure = null)
    {
        var options = new IncidentOptions();
        configure?.Invoke(options);
        return new AcknowledgementSla(options);
    }

    [Fact]
    public void DueAt_Critical_WallClockEvenAtTheWeekend()
    {
        Sla().DueAt(IncidentSeverity.Critical, FridayAfternoon.AddDays(1)).Should().Be(FridayAfternoon.AddDays(1).AddMinutes(15));
    }

    [Fact]
    public void DueAt_MediumFridayAfternoon_CountsOnlyBusinessHours()
    {
        // 1 h left on Friday (16–17), 3 h on Monday from 09:00.
        Sla().DueAt(IncidentSeverity.Medium, FridayAfternoon).Should().Be(new DateTimeOffset(2026, 3, 9, 12, 0, 0, TimeSpan.Zero));
    }

    [Fact]
    public void DueAt_LowReportedAtNight_NextBusinessDayEnd()
    {
        var tuesdayNight = new DateTimeOffset(2026, 3, 3, 22, 0, 0, TimeSpan.Zero);

        Sla().DueAt(IncidentSeverity.Low, tuesdayNight).Should().Be(new DateTimeOffset(2026, 3, 4, 17, 0, 0, TimeSpan.Zero));
    }

    [Fact]
    public void DueAt_Holiday_IsSkipped()
    {
        var sla = Sla(o => o.BusinessHours.Holidays = [new DateOnly(2026, 3, 9)]);

        sla.DueAt(IncidentSeverity.Medium, FridayAfternoon).Should().Be(new DateTimeOffset(2026, 3, 10, 12, 0, 0, TimeSpan.Zero));
    }

    [Fact]
    public void DueAt_TimeZone_UsesLocalWorkingDay()
    {
        // 09:00 in Berlin (winter) is 08:00 UTC.
        var sla = Sla(o => o.BusinessHours.TimeZone = "Europe/Berlin");
        var saturday = new DateTimeOffset(2026, 3, 7, 12, 0, 0, TimeSpan.Zero);

        sla.DueAt(IncidentSeverity.High, saturday).Should().Be(new DateTimeOffset(2026, 3, 9, 9, 0, 0, TimeSpan.Zero));
    }

    [Fact]
    public void DueAt_BusinessHoursOffForAll_WallClock()
    {
        var sla = Sla(o => o.BusinessHoursBelowSeverity = IncidentSeverity.Low);

        sla.DueAt(IncidentSeverity.Medium, FridayAfternoon).Should().Be(FridayAfternoon.AddHours(4));
    }

    [Fact]
    public void For_MissingSeverity_TakesTheNextMoreSevere()
    {
        var sla = Sla(o => o.AcknowledgeSla = new Dictionary<IncidentSeverity, TimeSpan> { [IncidentSeverity.High] = TimeSpan.FromMinutes(30) });

        sla.For(IncidentSeverity.Low).Should().Be(TimeSpan.FromMinutes(30));
    }

    [Fact]
    public void BusinessCalendar_EndBeforeStart_Refused()
    {
        var act = () => new BusinessCalendar(new BusinessHoursOptions { Start = new TimeOnly(17, 0), End = new TimeOnly(9, 0) });

        act.Should().Throw<ArgumentException>();
    }
}

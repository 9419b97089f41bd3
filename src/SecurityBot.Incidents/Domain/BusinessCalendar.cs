namespace SecurityBot.Incidents.Domain;

/// <summary>
/// Adds working time to an instant: only the hours between Start and End on working days (not holidays), in the
/// configured time zone, count. "4 business hours after Friday 16:00" is Monday 12:00 with a 9–17 day.
/// </summary>
internal sealed class BusinessCalendar
{
    private readonly TimeZoneInfo _zone;
    private readonly TimeOnly _start;
    private readonly TimeOnly _end;
    private readonly HashSet<DayOfWeek> _days;
    private readonly HashSet<DateOnly> _holidays;

    public BusinessCalendar(BusinessHoursOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        if (options.End <= options.Start)
        {
            throw new ArgumentException("Incidents:BusinessHours:End must be after Start.", nameof(options));
        }

        if (options.Days.Count == 0)
        {
            throw new ArgumentException("Incidents:BusinessHours:Days needs at least one working day.", nameof(options));
        }

        _zone = TimeZoneInfo.FindSystemTimeZoneById(options.TimeZone);
        _start = options.Start;
        _end = options.End;
        _days = [.. options.Days];
        _holidays = [.. options.Holidays];
    }

    /// <summary>The instant <paramref name="workingTime"/> of business hours after <paramref name="from"/>.</summary>
    public DateTimeOffset Add(DateTimeOffset from, TimeSpan workingTime)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(workingTime, TimeSpan.Zero);
        var local = TimeZoneInfo.ConvertTime(from, _zone).DateTime;
        var remaining = workingTime;
        // Bounded walk: a year of days is far beyond any SLA, and stops a misconfiguration from spinning.
        for (var i = 0; i < 400; i++)
        {
            var day = DateOnly.FromDateTime(local);
            if (IsWorkingDay(day))
            {
                var dayStart = day.ToDateTime(_start);
                var dayEnd = day.ToDateTime(_end);
                var cursor = local < dayStart ? dayStart : local;
                if (cursor < dayEnd)
                {
                    var available = dayEnd - cursor;
                    if (remaining <= available)
                    {
                        return ToInstant(cursor + remaining);
                    }

                    remaining -= available;
                }
            }

            local = day.AddDays(1).ToDateTime(TimeOnly.MinValue);
        }

        throw new InvalidOperationException("No business hours within a year; check Incidents:BusinessHours.");
    }

    public bool IsWorkingDay(DateOnly day) => _days.Contains(day.DayOfWeek) && !_holidays.Contains(day);

    private DateTimeOffset ToInstant(DateTime local)
    {
        // A wall-clock time skipped by a DST change does not exist: move past the gap.
        while (_zone.IsInvalidTime(local))
        {
            local = local.AddMinutes(30);
        }

        return new DateTimeOffset(local, _zone.GetUtcOffset(local)).ToUniversalTime();
    }
}

namespace SecurityBot.Attestation.Domain;

/// <summary>
/// The reminder calendar of a campaign, in business days of the organisation's zone: the configured days before the
/// due date, the due date, the first few days after it (overdue), and one day on which the overdue's managers hear.
/// Pure: the handler asks it what today is and when the next run is.
/// </summary>
internal sealed class ReminderSchedule(AttestationOptions options)
{
    private const int Horizon = 400;

    public ReminderDay For(DateOnly dueOn, DateOnly date)
    {
        if (!options.IsBusinessDay(date))
        {
            return new ReminderDay(date, false, false, date > dueOn);
        }

        if (date <= dueOn)
        {
            // No business day left before the due date: this is the due day, or the last business day before a due
            // date at a weekend or on a holiday, which would otherwise get no "due" reminder at all.
            var before = BusinessDaysBetween(date, dueOn);
            return new ReminderDay(date, before == 0 || options.RemindBusinessDaysBefore.Contains(before), false, false);
        }

        var after = BusinessDaysBetween(dueOn, date);
        return new ReminderDay(date, after <= options.OverdueReminders, after == options.ManagerNoticeAfterBusinessDays, true);
    }

    /// <summary>The next instant after <paramref name="now"/> at which a run has work; null when the calendar is over.</summary>
    public DateTimeOffset? NextRun(DateOnly dueOn, DateTimeOffset now)
    {
        var zone = options.Zone;
        var today = DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(now, zone).DateTime);
        for (var date = today; date <= today.AddDays(Horizon); date = date.AddDays(1))
        {
            var at = At(date);
            if (at > now && For(dueOn, date).HasWork)
            {
                return at;
            }
        }

        return null;
    }

    /// <summary>The organisation's date at <paramref name="now"/>.</summary>
    public DateOnly Today(DateTimeOffset now) => DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(now, options.Zone).DateTime);

    /// <summary>The reminder time on <paramref name="date"/> in the organisation's zone (a skipped local hour moves forward).</summary>
    public DateTimeOffset At(DateOnly date)
    {
        var zone = options.Zone;
        var local = date.ToDateTime(options.ReminderTime);
        while (zone.IsInvalidTime(local))
        {
            local = local.AddMinutes(30);
        }

        return new DateTimeOffset(local, zone.GetUtcOffset(local));
    }

    /// <summary>Business days in (from, to]: 0 when the same day.</summary>
    private int BusinessDaysBetween(DateOnly from, DateOnly to)
    {
        var count = 0;
        for (var d = from.AddDays(1); d <= to; d = d.AddDays(1))
        {
            if (options.IsBusinessDay(d))
            {
                count++;
            }
        }

        return count;
    }
}

using System.ComponentModel.DataAnnotations;

namespace SecurityBot.Incidents.Domain;

/// <summary>The working week the SLAs of non-critical incidents count in (Incidents:BusinessHours).</summary>
internal sealed class BusinessHoursOptions
{
    /// <summary>Incidents:BusinessHours:TimeZone — IANA (or Windows) time zone id of the security team, e.g. "Europe/Berlin".</summary>
    [Required(AllowEmptyStrings = false)]
    public string TimeZone { get; set; } = "UTC";

    /// <summary>Incidents:BusinessHours:Start — start of the working day, local time, e.g. "09:00".</summary>
    public TimeOnly Start { get; set; } = new(9, 0);

    /// <summary>Incidents:BusinessHours:End — end of the working day, local time, e.g. "17:00"; must be after Start.</summary>
    public TimeOnly End { get; set; } = new(17, 0);

    /// <summary>Incidents:BusinessHours:Days — working days, e.g. ["Monday", …, "Friday"].</summary>
    [MinLength(1)]
    public IList<DayOfWeek> Days { get; set; } =
        [DayOfWeek.Monday, DayOfWeek.Tuesday, DayOfWeek.Wednesday, DayOfWeek.Thursday, DayOfWeek.Friday];

    /// <summary>Incidents:BusinessHours:Holidays — dates (yyyy-MM-dd) that are not working days.</summary>
    public IList<DateOnly> Holidays { get; set; } = [];
}

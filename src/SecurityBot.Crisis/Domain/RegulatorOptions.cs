using System.ComponentModel.DataAnnotations;

namespace SecurityBot.Crisis.Domain;

/// <summary>
/// The regulator's clock (section Crisis:Regulator): how long the authority may wait (72 hours under GDPR Art. 33),
/// when the DPO and the CSO are reminded, and who the DPO is.
/// </summary>
internal sealed class RegulatorOptions
{
    public const string SectionName = "Crisis:Regulator";

    public static IReadOnlyList<int> DefaultReminderHours { get; } = [48, 24, 12, 4, 1];

    /// <summary>Crisis:Regulator:NotificationHours — from the mark "personal data involved" to the deadline (default 72).</summary>
    [Range(1, 720)]
    public int NotificationHours { get; set; } = 72;

    /// <summary>
    /// Crisis:Regulator:ReminderHoursBefore — hours before the deadline the DPO and the CSO are reminded (default 48, 24,
    /// 12, 4, 1); each positive and below NotificationHours. The deadline itself always brings a notice. Null here so
    /// configured values replace the defaults instead of being appended to them by the binder.
    /// </summary>
    public int[]? ReminderHoursBefore { get; set; }

    /// <summary>
    /// Crisis:Regulator:DpoUserId — the data protection officer's Entra object id. When empty, the members of the
    /// Crisis:Roster:Privacy group act as the DPO (reminded, and allowed to record the decision).
    /// </summary>
    [MaxLength(100)]
    public string? DpoUserId { get; set; }

    /// <summary>The reminder hours in force: the configured ones, else the defaults.</summary>
    public IReadOnlyList<int> ReminderHours => ReminderHoursBefore is { Length: > 0 } configured ? configured : DefaultReminderHours;

    /// <summary>Whether the reminder hours make sense for the notification window.</summary>
    public bool ReminderHoursAreValid() => ReminderHours.All(h => h > 0 && h < NotificationHours);
}

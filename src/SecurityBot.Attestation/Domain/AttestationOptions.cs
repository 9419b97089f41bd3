using System.ComponentModel.DataAnnotations;

namespace SecurityBot.Attestation.Domain;

/// <summary>Policy attestation campaigns (section Attestation): the calendar reminders count in, how cards go out, limits.</summary>
internal sealed class AttestationOptions
{
    public const string SectionName = "Attestation";

    /// <summary>Attestation:TimeZone — IANA (or Windows) id of the organisation's zone: due dates end at midnight there, reminders go at <see cref="ReminderTime"/> there.</summary>
    [Required(AllowEmptyStrings = false)]
    public string TimeZone { get; set; } = "UTC";

    /// <summary>Attestation:ReminderTime — local time of day reminders and the manager notice go out, e.g. "09:00".</summary>
    public TimeOnly ReminderTime { get; set; } = new(9, 0);

    /// <summary>Attestation:BusinessDays — the days reminders go out on.</summary>
    [MinLength(1)]
    public IList<DayOfWeek> BusinessDays { get; set; } =
        [DayOfWeek.Monday, DayOfWeek.Tuesday, DayOfWeek.Wednesday, DayOfWeek.Thursday, DayOfWeek.Friday];

    /// <summary>Attestation:Holidays — dates (yyyy-MM-dd) on which no reminder goes out.</summary>
    public IList<DateOnly> Holidays { get; set; } = [];

    /// <summary>Attestation:RemindBusinessDaysBefore — business days before the due date on which the pending are reminded (the due date itself always is).</summary>
    public IList<int> RemindBusinessDaysBefore { get; set; } = [3, 1];

    /// <summary>Attestation:OverdueReminders — business days after the due date on which the overdue are reminded again (one a day).</summary>
    [Range(0, 20)]
    public int OverdueReminders { get; set; } = 3;

    /// <summary>Attestation:ManagerNoticeAfterBusinessDays — the business day after the due date on which each overdue person's manager is told, once.</summary>
    [Range(1, 20)]
    public int ManagerNoticeAfterBusinessDays { get; set; } = 2;

    /// <summary>Attestation:MaxAudience — the largest audience one campaign may ask.</summary>
    [Range(1, 200_000)]
    public int MaxAudience { get; set; } = 50_000;

    /// <summary>
    /// Attestation:BatchSize — people given their card (or a reminder) per unit of work; a large audience goes out in
    /// several. A campaign's first batch is a tenth of this (at least 10), so its first cards leave at once.
    /// </summary>
    [Range(10, 10_000)]
    public int BatchSize { get; set; } = 1_000;

    /// <summary>
    /// Attestation:BatchPauseMilliseconds — the wait before the next batch of a fan-out or a reminder run. A batch's
    /// unit of work holds the SQLite write lock; back to back, batches starved the outbox's commits (no card left for
    /// seconds). Keep it well under BatchSize / 50 s (Teams sends 50 a second) so the cards queue ahead of the outbox.
    /// </summary>
    [Range(0, 60_000)]
    public int BatchPauseMilliseconds { get; set; } = 1_000;

    /// <summary>When the next batch is due after one that ended at <paramref name="now"/>.</summary>
    public DateTimeOffset NextBatchAt(DateTimeOffset now) => now + TimeSpan.FromMilliseconds(BatchPauseMilliseconds);

    /// <summary>Attestation:ProgressUpdateSeconds — acceptances within this window update the owner's progress card once (Teams limits sends per conversation).</summary>
    [Range(1, 600)]
    public int ProgressUpdateSeconds { get; set; } = 5;

    /// <summary>Attestation:KeyRules — the most rules the card quotes before "Read the full policy".</summary>
    [Range(1, 20)]
    public int KeyRules { get; set; } = 6;

    /// <summary>Attestation:MaxDueDays — how far ahead a due date may be.</summary>
    [Range(1, 366)]
    public int MaxDueDays { get; set; } = 180;

    /// <summary>Attestation:VersionCheckSeconds — how often the policy folder's versions are compared with the campaigns' (a new version offers a re-attestation).</summary>
    [Range(1, 86_400)]
    public int VersionCheckSeconds { get; set; } = 60;

    /// <summary>
    /// Attestation:Groups — audiences the form offers by name: e.g. Groups:Finance = the Entra group's object id. Any
    /// other group is given by its object id.
    /// </summary>
    public IDictionary<string, string> Groups { get; set; } = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);

    /// <summary>The group id and its configured name for what the form gave (a configured name or id, else the id as given).</summary>
    public (string? Id, string? Name) FindGroup(string? value)
    {
        var trimmed = value?.Trim();
        if (string.IsNullOrEmpty(trimmed))
        {
            return (null, null);
        }

        foreach (var (name, id) in Groups)
        {
            if (string.Equals(name, trimmed, StringComparison.OrdinalIgnoreCase) || string.Equals(id, trimmed, StringComparison.OrdinalIgnoreCase))
            {
                return (id, name);
            }
        }

        return (trimmed, null);
    }

    public TimeZoneInfo Zone => TimeZoneInfo.FindSystemTimeZoneById(TimeZone);

    public bool IsBusinessDay(DateOnly day) => BusinessDays.Contains(day.DayOfWeek) && !Holidays.Contains(day);

    public bool TimeZoneIsKnown()
    {
        try
        {
            _ = Zone;
            return true;
        }
        catch (TimeZoneNotFoundException)
        {
            return false;
        }
        catch (InvalidTimeZoneException)
        {
            return false;
        }
    }
}

using System.ComponentModel.DataAnnotations;

namespace SecurityBot.Metrics.Application;

/// <summary>The "Metrics:Digest" configuration section: the scheduled digest to the CSO and the security lead.</summary>
internal sealed class DigestOptions : IValidatableObject
{
    public const string SectionName = "Metrics:Digest";

    /// <summary>Metrics:Digest:Enabled — send the digest at all (default true); false cancels the pending digest at start.</summary>
    public bool Enabled { get; set; } = true;

    /// <summary>
    /// Metrics:Digest:Schedule — when, as a five-field cron expression (minute hour day-of-month month day-of-week)
    /// read in Metrics:Digest:TimeZone; default "0 8 * * 1", Mondays at 08:00.
    /// </summary>
    [Required(AllowEmptyStrings = false)]
    [MaxLength(100)]
    public string Schedule { get; set; } = "0 8 * * 1";

    /// <summary>
    /// Metrics:Digest:TimeZone — IANA time zone id the schedule, the period and the card's times are read in; default
    /// "Europe/London".
    /// </summary>
    [Required(AllowEmptyStrings = false)]
    [MaxLength(100)]
    public string TimeZone { get; set; } = "Europe/London";

    /// <summary>
    /// Metrics:Digest:Period — the period the headline figures cover, counted back from the occurrence, in the words
    /// of the metrics command ("last week", "30d", "week", "last quarter"); default "last week".
    /// </summary>
    [Required(AllowEmptyStrings = false)]
    [MaxLength(50)]
    public string Period { get; set; } = "last week";

    /// <summary>The schedule in its zone; call only on validated options.</summary>
    public DigestSchedule ToSchedule() =>
        DigestSchedule.TryCreate(Schedule, TimeZone, out var schedule, out var error) ? schedule : throw new InvalidOperationException(error);

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (!DigestSchedule.TryCreate(Schedule, TimeZone, out var schedule, out var error))
        {
            yield return new ValidationResult(error, [nameof(Schedule), nameof(TimeZone)]);
            yield break;
        }

        if (!MetricsPeriod.TryParse(Period, DateTimeOffset.UnixEpoch.AddYears(40), schedule.Zone, out _, out var periodError))
        {
            yield return new ValidationResult($"Metrics:Digest:Period '{Period}': {periodError}", [nameof(Period)]);
        }
    }
}

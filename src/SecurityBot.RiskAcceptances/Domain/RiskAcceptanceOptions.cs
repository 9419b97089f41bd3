using System.ComponentModel.DataAnnotations;
using SecurityBot.Platform.Routing;

namespace SecurityBot.RiskAcceptances.Domain;

/// <summary>Risk acceptance rules: duration cap, reminders and the approval chain per risk level.</summary>
internal sealed class RiskAcceptanceOptions : IValidatableObject
{
    /// <summary>Configuration section name.</summary>
    public const string SectionName = "RiskAcceptances";

    /// <summary>Absolute cap: no acceptance lasts longer than a year, whatever the configuration says.</summary>
    public const int AbsoluteMaxDurationDays = 365;

    /// <summary>RiskAcceptances:MaxDurationDays — longest duration a requester may ask for (1–365).</summary>
    [Range(1, AbsoluteMaxDurationDays)]
    public int MaxDurationDays { get; set; } = AbsoluteMaxDurationDays;

    /// <summary>RiskAcceptances:DefaultDurationDays — duration pre-filled in the request form.</summary>
    [Range(1, AbsoluteMaxDurationDays)]
    public int DefaultDurationDays { get; set; } = 90;

    /// <summary>
    /// RiskAcceptances:ReminderDaysBeforeExpiry — days before expiry the owner is reminded, e.g. [30, 7]; empty means
    /// no reminders. Each value 1–365.
    /// </summary>
    [MaxLength(10)]
    public IList<int> ReminderDaysBeforeExpiry { get; set; } = [];

    /// <summary>RiskAcceptances:LowChain — stages for Low risks; empty means ["Manager"].</summary>
    [MaxLength(5)]
    public IList<RiskAcceptanceStage> LowChain { get; set; } = [];

    /// <summary>RiskAcceptances:MediumChain — stages for Medium risks; empty means ["Manager", "SecurityTeam"].</summary>
    [MaxLength(5)]
    public IList<RiskAcceptanceStage> MediumChain { get; set; } = [];

    /// <summary>RiskAcceptances:HighChain — stages for High risks; empty means ["Manager", "Cso"].</summary>
    [MaxLength(5)]
    public IList<RiskAcceptanceStage> HighChain { get; set; } = [];

    /// <summary>RiskAcceptances:CriticalChain — stages for Critical risks; empty means ["Manager", "Cso"].</summary>
    [MaxLength(5)]
    public IList<RiskAcceptanceStage> CriticalChain { get; set; } = [];

    /// <summary>The stages a risk of this level goes through, in order (configured or default; never empty).</summary>
    public IReadOnlyList<RiskAcceptanceStage> ChainFor(RiskLevel level)
    {
        var (configured, fallback) = level switch
        {
            RiskLevel.Low => (LowChain, (RiskAcceptanceStage[])[RiskAcceptanceStage.Manager]),
            RiskLevel.Medium => (MediumChain, [RiskAcceptanceStage.Manager, RiskAcceptanceStage.SecurityTeam]),
            RiskLevel.High => (HighChain, [RiskAcceptanceStage.Manager, RiskAcceptanceStage.Cso]),
            RiskLevel.Critical => (CriticalChain, [RiskAcceptanceStage.Manager, RiskAcceptanceStage.Cso]),
            _ => throw new ArgumentOutOfRangeException(nameof(level), level, "Unknown risk level."),
        };
        return configured.Count == 0 ? fallback : [.. configured];
    }

    /// <summary>Reminder offsets, largest first, without duplicates.</summary>
    public IReadOnlyList<int> EffectiveReminderDays =>
        [.. ReminderDaysBeforeExpiry.Distinct().OrderDescending()];

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (DefaultDurationDays > MaxDurationDays)
        {
            yield return new ValidationResult("RiskAcceptances:DefaultDurationDays must not exceed MaxDurationDays.", [nameof(DefaultDurationDays)]);
        }

        if (ReminderDaysBeforeExpiry.Any(d => d is < 1 or > AbsoluteMaxDurationDays))
        {
            yield return new ValidationResult("RiskAcceptances:ReminderDaysBeforeExpiry values must be 1 to 365.", [nameof(ReminderDaysBeforeExpiry)]);
        }
    }
}

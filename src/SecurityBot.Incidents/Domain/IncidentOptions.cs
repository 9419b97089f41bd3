using System.ComponentModel.DataAnnotations;
using SecurityBot.Platform.Routing;

namespace SecurityBot.Incidents.Domain;

/// <summary>Incident handling: acknowledgement SLAs, business hours, correlation of related reports (section Incidents).</summary>
internal sealed class IncidentOptions
{
    public const string SectionName = "Incidents";

    /// <summary>Incidents:AcknowledgeSla:Critical — wall-clock time to acknowledge a Critical incident before it escalates.</summary>
    [Required]
    public IDictionary<IncidentSeverity, TimeSpan> AcknowledgeSla { get; set; } = new Dictionary<IncidentSeverity, TimeSpan>
    {
        [IncidentSeverity.Critical] = TimeSpan.FromMinutes(15),
        [IncidentSeverity.High] = TimeSpan.FromHours(1),
        [IncidentSeverity.Medium] = TimeSpan.FromHours(4),
        [IncidentSeverity.Low] = TimeSpan.FromHours(8),
    };

    /// <summary>
    /// Incidents:BusinessHoursBelowSeverity — severities below this count their SLA in business hours only (default
    /// Critical: everything but Critical). "Low: 8 h" with a 9–17 day then means "by the same time next business day".
    /// </summary>
    public IncidentSeverity BusinessHoursBelowSeverity { get; set; } = IncidentSeverity.Critical;

    /// <summary>Incidents:BusinessHours — the working week (see <see cref="BusinessHoursOptions"/>).</summary>
    [Required]
    public BusinessHoursOptions BusinessHours { get; set; } = new();

    /// <summary>Incidents:CorrelationWindow — how far back a new report looks for an open incident sharing an indicator.</summary>
    [Range(typeof(TimeSpan), "00:00:00", "30.00:00:00")]
    public TimeSpan CorrelationWindow { get; set; } = TimeSpan.FromHours(24);

    /// <summary>
    /// Incidents:CorrelationIgnoredDomains — domains too common to link reports by (the organisation's own, big
    /// mail providers); their e-mail addresses and URLs still correlate, the bare domain does not.
    /// </summary>
    [MaxLength(200)]
    public IList<string> CorrelationIgnoredDomains { get; set; } = [];

    /// <summary>
    /// Incidents:ExecutiveTitleKeywords — words in a reporter's job title that make them an executive for the severity
    /// rule (whole-word, case-insensitive), e.g. ["Chief", "President", "Director"].
    /// </summary>
    [MaxLength(50)]
    public IList<string> ExecutiveTitleKeywords { get; set; } = [];

    /// <summary>Incidents:Evidence — files reporters attach in their 1:1 chat (see <see cref="EvidenceOptions"/>).</summary>
    [Required]
    public EvidenceOptions Evidence { get; set; } = new();

    /// <summary>Incidents:ManagerChainLevelsOnEscalation — how many levels of the reporter's manager chain hear of an escalation of a High/Critical incident (0: none).</summary>
    [Range(0, 5)]
    public int ManagerChainLevelsOnEscalation { get; set; } = 1;
}

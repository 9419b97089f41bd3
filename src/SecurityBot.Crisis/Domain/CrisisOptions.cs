using System.ComponentModel.DataAnnotations;

namespace SecurityBot.Crisis.Domain;

/// <summary>Crisis rooms (section Crisis): when rooms open, who is in them, how often stakeholders hear, retries.</summary>
internal sealed class CrisisOptions
{
    public const string SectionName = "Crisis";

    /// <summary>Crisis:AutoDeclare — open a room by itself for every incident reaching <see cref="AutoDeclareSeverity"/>.</summary>
    public bool AutoDeclare { get; set; } = true;

    /// <summary>Crisis:AutoDeclareSeverity — the severity that opens a room by itself (default Critical).</summary>
    public IncidentSeverity AutoDeclareSeverity { get; set; } = IncidentSeverity.Critical;

    /// <summary>Crisis:ManualMinimumSeverity — the lowest severity whose triage card offers "Open crisis room" (default High).</summary>
    public IncidentSeverity ManualMinimumSeverity { get; set; } = IncidentSeverity.High;

    /// <summary>
    /// Crisis:Roster — who else joins every room, by Entra group: e.g. Roster:Legal, Roster:Privacy, Roster:Communications,
    /// Roster:ItOperations, each a group object id (members of nested groups included).
    /// </summary>
    public IDictionary<string, string> Roster { get; set; } = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);

    /// <summary>Crisis:ExecutiveGroupId — the Entra group whose members get every stakeholder update as a card (empty: the room only).</summary>
    [MaxLength(100)]
    public string? ExecutiveGroupId { get; set; }

    /// <summary>Crisis:UpdateCadence:Critical — how long after a stakeholder update (or the room's opening) the next one is due.</summary>
    [Required]
    public IDictionary<IncidentSeverity, TimeSpan> UpdateCadence { get; set; } = new Dictionary<IncidentSeverity, TimeSpan>
    {
        [IncidentSeverity.Critical] = TimeSpan.FromHours(1),
        [IncidentSeverity.High] = TimeSpan.FromHours(4),
        [IncidentSeverity.Medium] = TimeSpan.FromHours(8),
        [IncidentSeverity.Low] = TimeSpan.FromHours(24),
    };

    /// <summary>Crisis:MaxRoomMembers — the most people a room gets (Teams allows 250 in a group chat); the roles first, then the roster.</summary>
    [Range(3, 250)]
    public int MaxRoomMembers { get; set; } = 100;

    /// <summary>Crisis:CreateMaxAttempts — transient Graph failures (429, 5xx) before a room is given up and the lead told.</summary>
    [Range(1, 50)]
    public int CreateMaxAttempts { get; set; } = 8;

    /// <summary>Crisis:CreateRetrySeconds — wait after a transient failure, doubled per attempt (Graph's Retry-After wins when longer).</summary>
    [Range(1, 3_600)]
    public int CreateRetrySeconds { get; set; } = 15;

    /// <summary>The cadence for a severity (the Critical one when the severity has none).</summary>
    public TimeSpan CadenceFor(IncidentSeverity severity) =>
        UpdateCadence.TryGetValue(severity, out var cadence) ? cadence
        : UpdateCadence.TryGetValue(IncidentSeverity.Critical, out var critical) ? critical : TimeSpan.FromHours(1);
}

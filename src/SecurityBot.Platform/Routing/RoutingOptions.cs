using System.ComponentModel.DataAnnotations;

namespace SecurityBot.Platform.Routing;

/// <summary>Who hears about what: severity thresholds, CSO categories and the escalation chain.</summary>
public sealed class RoutingOptions
{
    /// <summary>Configuration section name.</summary>
    public const string SectionName = "Routing";

    /// <summary>The chain used when Routing:EscalationChain is empty.</summary>
    public static readonly IReadOnlyList<EscalationTarget> DefaultEscalationChain =
        [EscalationTarget.SecurityTeam, EscalationTarget.SecurityLead, EscalationTarget.Cso];

    /// <summary>
    /// Routing:EscalationChain — the steps an unacknowledged incident climbs, e.g. ["SecurityTeam", "SecurityLead", "Cso"]
    /// (also: "IncidentResponders"). Empty means that default. A step that resolves to nobody falls through to the next.
    /// </summary>
    [MaxLength(10)]
    public IList<EscalationTarget> EscalationChain { get; set; } = [];

    /// <summary>Routing:SecurityTeamFromSeverity — lowest severity at which every security team member is notified personally.</summary>
    public IncidentSeverity SecurityTeamFromSeverity { get; set; } = IncidentSeverity.Low;

    /// <summary>Routing:ManagerFromSeverity — lowest severity at which the reporter's manager is told.</summary>
    public IncidentSeverity ManagerFromSeverity { get; set; } = IncidentSeverity.High;

    /// <summary>Routing:IncidentRespondersFromSeverity — lowest severity at which the incident responders are paged.</summary>
    public IncidentSeverity IncidentRespondersFromSeverity { get; set; } = IncidentSeverity.High;

    /// <summary>Routing:SecurityLeadFromSeverity — lowest severity at which the security lead is told.</summary>
    public IncidentSeverity SecurityLeadFromSeverity { get; set; } = IncidentSeverity.High;

    /// <summary>Routing:CsoFromSeverity — lowest severity at which the CSO is told.</summary>
    public IncidentSeverity CsoFromSeverity { get; set; } = IncidentSeverity.Critical;

    /// <summary>
    /// Routing:CsoCategories — incident categories that reach the CSO whatever their severity (e.g. "data-breach",
    /// "ransomware"); compared case-insensitively.
    /// </summary>
    [MaxLength(50)]
    public IList<string> CsoCategories { get; set; } = [];

    /// <summary>
    /// Routing:SecurityTeamChannelId — Teams conversation id of the security team's channel; optional. When set,
    /// every incident is also posted there.
    /// </summary>
    [MaxLength(512)]
    public string? SecurityTeamChannelId { get; set; }

    /// <summary>The configured chain, or the default when none is configured.</summary>
    public IReadOnlyList<EscalationTarget> EffectiveEscalationChain =>
        EscalationChain.Count == 0 ? DefaultEscalationChain : [.. EscalationChain];
}

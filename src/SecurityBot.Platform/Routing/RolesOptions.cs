using System.ComponentModel.DataAnnotations;

namespace SecurityBot.Platform.Routing;

/// <summary>
/// Who holds the security roles, as directory object ids. Role checks resolve these against the directory on the
/// server for every decision; nothing a card says about a role is trusted.
/// </summary>
public sealed class RolesOptions
{
    /// <summary>Configuration section name.</summary>
    public const string SectionName = "Roles";

    /// <summary>Roles:SecurityTeamGroupId — object id of the group whose (transitive) members are the security team.</summary>
    [Required(AllowEmptyStrings = false)]
    [MaxLength(128)]
    public string SecurityTeamGroupId { get; set; } = "";

    /// <summary>
    /// Roles:RiskApproversGroupId — object id of the group whose members may give the final (CSO-stage) approval of a
    /// risk acceptance; the CSO's office. When Roles:CsoUserId is empty its members also receive CSO escalations.
    /// </summary>
    [Required(AllowEmptyStrings = false)]
    [MaxLength(128)]
    public string RiskApproversGroupId { get; set; } = "";

    /// <summary>
    /// Roles:IncidentRespondersGroupId — object id of the group paged for high-severity incidents; optional: when
    /// empty, the security team are the incident responders.
    /// </summary>
    [MaxLength(128)]
    public string? IncidentRespondersGroupId { get; set; }

    /// <summary>Roles:CsoUserId — object id of the Chief Security Officer; optional (see Roles:RiskApproversGroupId).</summary>
    [MaxLength(128)]
    public string? CsoUserId { get; set; }

    /// <summary>
    /// Roles:SecurityLeadUserId — object id of the security lead (head of security operations), the escalation step
    /// between the team and the CSO; optional: when empty that step falls through to the CSO.
    /// </summary>
    [MaxLength(128)]
    public string? SecurityLeadUserId { get; set; }
}

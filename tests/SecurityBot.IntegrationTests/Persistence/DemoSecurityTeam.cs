using SecurityBot.IntegrationTests.Incidents;

namespace SecurityBot.IntegrationTests.Persistence;

/// <summary>
/// The security team as the host finds it: the Roles:* settings of the shipped demo organisation, resolved by
/// AddDirectory. Failure notices go to these people and no one else.
/// </summary>
internal static class DemoSecurityTeam
{
    /// <summary>The roles configuration (both required groups), as in appsettings.json.</summary>
    public static IReadOnlyDictionary<string, string?> Settings { get; } = new Dictionary<string, string?>
    {
        ["Roles:SecurityTeamGroupId"] = "fdb21d2b-b942-4979-86d9-38821e50ed72",
        ["Roles:RiskApproversGroupId"] = "12768902-8fef-45c1-860a-d7d93ac027f6",
    };

    /// <summary>The object ids of the security team group's members in the demo organisation.</summary>
    public static IReadOnlyList<string> Members { get; } = [.. DemoPeople.SecurityTeam.Select(p => p.Id)];
}

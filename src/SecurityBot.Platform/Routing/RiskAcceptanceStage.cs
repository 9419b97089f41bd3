namespace SecurityBot.Platform.Routing;

/// <summary>Who must sign a risk acceptance at this point of its approval.</summary>
public enum RiskAcceptanceStage
{
    /// <summary>The requester's manager.</summary>
    Manager,

    /// <summary>Any member of the security team.</summary>
    SecurityTeam,

    /// <summary>The CSO (or a risk approver).</summary>
    Cso,
}

namespace SecurityBot.Platform.Routing;

/// <summary>How a stage is named in messages and on cards ("the manager approval", "manager: waiting").</summary>
public static class RiskAcceptanceStageNames
{
    public static string DisplayName(this RiskAcceptanceStage stage) => stage switch
    {
        RiskAcceptanceStage.Manager => "manager",
        RiskAcceptanceStage.SecurityTeam => "security team",
        _ => "CSO",
    };
}

namespace SecurityBot.Platform.Routing;

/// <summary>One step of the escalation chain (Routing:EscalationChain).</summary>
public enum EscalationTarget
{
    /// <summary>Every member of the security team group.</summary>
    SecurityTeam,

    /// <summary>The incident responders group (the security team when none is configured).</summary>
    IncidentResponders,

    /// <summary>The configured security lead.</summary>
    SecurityLead,

    /// <summary>The configured CSO, or the risk approvers group when no CSO is configured.</summary>
    Cso,
}

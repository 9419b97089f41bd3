namespace SecurityBot.Platform.Routing;

/// <summary>Decides who hears about an event, from the directory and the Roles:* and Routing:* options.</summary>
public interface IRecipientRouter
{
    /// <summary>Recipients of a newly reported incident.</summary>
    Task<RoutingDecision> RouteIncidentAsync(IncidentRoutingRequest request, CancellationToken cancellationToken = default);

    /// <summary>Recipients of one escalation step.</summary>
    Task<RoutingDecision> RouteEscalationAsync(EscalationRoutingRequest request, CancellationToken cancellationToken = default);

    /// <summary>Approvers of one risk acceptance stage; never the requester.</summary>
    Task<RoutingDecision> RouteRiskAcceptanceAsync(RiskAcceptanceRoutingRequest request, CancellationToken cancellationToken = default);
}

namespace SecurityBot.Platform.Routing;

/// <summary>A risk acceptance waiting for the approvers of one stage.</summary>
/// <param name="RequesterId">Object id of the requester; never one of their own approvers.</param>
/// <param name="Stage">The stage whose approvers are wanted.</param>
public sealed record RiskAcceptanceRoutingRequest(string RequesterId, RiskAcceptanceStage Stage);

namespace SecurityBot.Platform.Routing;

/// <summary>An unacknowledged incident climbing the escalation chain.</summary>
/// <param name="StepIndex">Zero-based index into Routing:EscalationChain; beyond the end stays at the last step.</param>
/// <param name="ReporterId">Object id of the reporter, who is not escalated to about their own report.</param>
public sealed record EscalationRoutingRequest(int StepIndex, string? ReporterId = null);

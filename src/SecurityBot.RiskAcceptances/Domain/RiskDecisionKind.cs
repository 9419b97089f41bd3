namespace SecurityBot.RiskAcceptances.Domain;

/// <summary>What an approver decided at a stage.</summary>
internal enum RiskDecisionKind
{
    Approved = 0,
    Rejected = 1,
    ChangesRequested = 2,
}

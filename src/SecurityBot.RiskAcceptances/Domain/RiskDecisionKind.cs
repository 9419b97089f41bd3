namespace SecurityBot.RiskAcceptances.Domain;

/// <summary>What an approver decided at a stage.</summary>
internal enum RiskDecisionKind
{
    Approved = 0,
    Rejected = 1,
    ChangesRequested = 2,

    /// <summary>Not a decision: the approver could not be reached and the stage was handed over (the approver is who could not be reached).</summary>
    HandedOver = 3,

    /// <summary>Not a decision: the approver named stands in for someone who could not be reached at that stage.</summary>
    StandIn = 4,

    /// <summary>Not a decision: the requester took the request (or the renewal) back; the approver named is the requester.</summary>
    Withdrawn = 5,
}

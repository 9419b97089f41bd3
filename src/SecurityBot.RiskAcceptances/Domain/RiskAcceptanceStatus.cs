namespace SecurityBot.RiskAcceptances.Domain;

/// <summary>
/// Where a risk acceptance is. A renewal is <see cref="PendingApproval"/> (or <see cref="ChangesRequested"/>) with
/// <see cref="RiskAcceptance.IsRenewal"/> set: the current acceptance stays in force until it expires meanwhile.
/// </summary>
// Public only because xunit theories (public methods) take it as a parameter; nothing outside the tests uses it.
public enum RiskAcceptanceStatus
{
    /// <summary>Created, not yet submitted.</summary>
    Draft = 0,

    /// <summary>Waiting for the approvers of <see cref="RiskAcceptance.CurrentStageIndex"/>.</summary>
    PendingApproval = 1,

    /// <summary>An approver asked the requester to edit and resubmit.</summary>
    ChangesRequested = 2,

    /// <summary>Accepted and in force until <see cref="RiskAcceptance.ExpiresAt"/>.</summary>
    Accepted = 3,

    /// <summary>Refused; final.</summary>
    Rejected = 4,

    /// <summary>Its time ran out; may be renewed.</summary>
    Expired = 5,

    /// <summary>The underlying gap was fixed; final.</summary>
    Remediated = 6,

    /// <summary>The requester took the request back before it was decided; final.</summary>
    Withdrawn = 7,
}

namespace SecurityBot.Platform.Contracts;

/// <summary>Where a risk acceptance stands, as the register reports it.</summary>
public enum RiskRegisterStatus
{
    /// <summary>Not submitted yet.</summary>
    Draft = 0,

    /// <summary>Waiting for an approver.</summary>
    PendingApproval = 1,

    /// <summary>Sent back to the requester.</summary>
    ChangesRequested = 2,

    /// <summary>Accepted and in force until it expires.</summary>
    Accepted = 3,

    /// <summary>Refused by an approver.</summary>
    Rejected = 4,

    /// <summary>The acceptance ran out without a renewal: the gap should have been fixed by then.</summary>
    Expired = 5,

    /// <summary>Closed because the gap was fixed.</summary>
    Remediated = 6,

    /// <summary>Taken back by the requester before a decision.</summary>
    Withdrawn = 7,
}

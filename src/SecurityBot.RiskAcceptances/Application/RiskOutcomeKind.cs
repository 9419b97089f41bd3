namespace SecurityBot.RiskAcceptances.Application;

/// <summary>How an action on a risk acceptance ended.</summary>
internal enum RiskOutcomeKind
{
    /// <summary>Applied and committed.</summary>
    Done,

    /// <summary>The card was older than the request: nothing changed; the message says who decided and when.</summary>
    Stale,

    /// <summary>No such risk acceptance, or one the actor may not see (the same answer, on purpose).</summary>
    NotFound,

    /// <summary>The actor may not do this (not an approver of the current stage, not the requester...).</summary>
    Forbidden,

    /// <summary>The input or the state refuses it (missing comment, invalid field, forged card data).</summary>
    Invalid,
}

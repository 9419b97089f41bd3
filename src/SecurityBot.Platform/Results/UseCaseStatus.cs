namespace SecurityBot.Platform.Results;

/// <summary>
/// How a use case ended, the same words in every capability. Only <see cref="Succeeded"/> changed anything; every
/// other status left the stored state as it was, and the result's message says why in words for the person.
/// </summary>
public enum UseCaseStatus
{
    /// <summary>Applied and committed.</summary>
    Succeeded,

    /// <summary>The card was out of date or someone was faster: the message says who did what, and when.</summary>
    Stale,

    /// <summary>The entity's state or rules do not allow it (e.g. already resolved, a comment is missing).</summary>
    Refused,

    /// <summary>The person may not do this (not a responder, not an approver of the current stage, the requester...).</summary>
    Forbidden,

    /// <summary>
    /// No such entity, or one the person may not see: the same answer on purpose, so forged card data cannot tell
    /// which numbers are in use.
    /// </summary>
    NotFound,

    /// <summary>The input is not valid (per-field errors for a form, or card data SecurityBot never sent).</summary>
    Invalid,
}

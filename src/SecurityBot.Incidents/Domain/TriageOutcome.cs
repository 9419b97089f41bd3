namespace SecurityBot.Incidents.Domain;

/// <summary>How a triage request ended.</summary>
internal enum TriageOutcome
{
    /// <summary>The change was made and everyone's cards are being updated.</summary>
    Applied,

    /// <summary>The card was out of date or someone was faster: nothing changed; the message says what happened.</summary>
    Stale,

    /// <summary>The incident's state does not allow it (e.g. already resolved): nothing changed.</summary>
    Refused,

    /// <summary>The person may not triage incidents.</summary>
    Forbidden,

    NotFound,
}

namespace SecurityBot.Platform.Contracts;

/// <summary>
/// What the incidents capability lets another capability (crisis rooms) read and do, without a project reference.
/// Reads are not authorized here: the caller holds the incident number from its own rows and decides who sees what.
/// Actions are authorized here, exactly as the triage card's buttons are.
/// </summary>
public interface IIncidentActions
{
    /// <summary>The incident as it stands, or null when there is no such number.</summary>
    Task<IncidentSnapshot?> FindAsync(string number, CancellationToken cancellationToken);

    /// <summary>Whether the person may triage incidents (the rule behind the triage card's buttons).</summary>
    Task<bool> CanTriageAsync(string userId, CancellationToken cancellationToken);

    /// <summary>
    /// Applies the action in its own unit of work, with the triage card's authorization and timeline entry (it commits
    /// the scoped unit of work and may clear it: call it with nothing of your own pending).
    /// </summary>
    Task<IncidentActionResult> ActAsync(IncidentActionRequest request, CancellationToken cancellationToken);

    /// <summary>
    /// Posts the incident's live card (the read-only observer copy; responders get their buttons by refresh) to a
    /// conversation, in the caller's unit of work: delivered by the outbox after the caller commits and updated on
    /// every later change like every other copy. Once per conversation: false when it was already posted there (or
    /// when there is no such number).
    /// </summary>
    Task<bool> ShareLiveCardAsync(string number, string conversationId, string serviceUrl, string? tenantId, CancellationToken cancellationToken);

    /// <summary>The incident's timeline, oldest first; empty when there is no such number.</summary>
    Task<IReadOnlyList<IncidentTimelineItem>> TimelineAsync(string number, CancellationToken cancellationToken);
}

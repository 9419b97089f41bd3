namespace SecurityBot.Incidents.Domain;

/// <summary>
/// Renders the Bot Framework activity (JSON, with an Adaptive Card) the incident service enqueues; implemented by
/// the host, which owns the cards. Renderers must escape every piece of user text and defang indicators.
/// </summary>
internal interface IIncidentCardRenderer
{
    /// <summary>
    /// The incident card for one audience; <paramref name="refreshUserIds"/> (Teams user ids) get a refreshed, personal
    /// view. A <see cref="IncidentCardAudience.Reporter"/> card shows only <paramref name="recipientId"/>'s own report
    /// (<see cref="Incident.ViewFor"/>), so it needs the recipient; null for a conversation (channel) copy.
    /// </summary>
    string RenderCard(Incident incident, IncidentCardAudience audience, string? recipientId, IReadOnlyList<string> refreshUserIds);

    /// <summary>A short message about the incident (reporter updates, escalation notices to managers).</summary>
    string RenderNotice(Incident incident, string title, string message);
}

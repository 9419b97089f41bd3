using SecurityBot.Cards;
using SecurityBot.Platform.Notifications;
using SecurityBot.Platform.Regional;

namespace SecurityBot.Incidents.Application;

/// <summary>
/// Puts incident cards and notices into the caller's unit of work: new card copies (recorded on delivery, so they
/// are updated later), notices, and the update of every existing copy after a change.
/// </summary>
internal sealed class IncidentCardPublisher(
    INotificationOutbox outbox, ICardCopyUpdater copies, ICardCopyRecorder recorder, IncidentCardRenderer renderer, ITimeDisplays readers)
{
    private readonly Dictionary<string, TimeDisplay> _readers = new(StringComparer.OrdinalIgnoreCase);

    public static EntityRef RefOf(Incident incident) => new(Incident.EntityType, incident.DisplayNumber);

    /// <summary>Looks up how each of <paramref name="recipientIds"/> sees times in one query, for the cards sent next in this scope.</summary>
    public async Task PrepareReadersAsync(IEnumerable<string> recipientIds, CancellationToken cancellationToken)
    {
        foreach (var (id, reader) in await readers.ForPeopleAsync(recipientIds, cancellationToken))
        {
            _readers[id] = reader;
        }
    }

    /// <summary>A card for one person; <paramref name="purpose"/> makes the idempotency key (one card per person and purpose).</summary>
    public async Task<bool> SendCardAsync(Incident incident, string recipientId, ResponderSet responders, string purpose, CancellationToken cancellationToken)
    {
        var audience = responders.AudienceOf(incident, recipientId);
        var json = renderer.RenderCard(incident, audience, recipientId, RefreshIds(audience, responders),
            _readers.TryGetValue(recipientId, out var prepared) ? prepared : await readers.ForAsync(recipientId, cancellationToken));
        return await outbox.EnqueueAsync(
            new OutboundNotification(NotificationRecipient.User(recipientId), json, $"incident:{incident.DisplayNumber}:{purpose}:{recipientId}",
                RefOf(incident), incident.Version),
            cancellationToken);
    }

    /// <summary>
    /// The read-only copy for a conversation (the security channel, a crisis room's chat); responders get their buttons
    /// through the refresh. One per conversation: false when that conversation already has it.
    /// </summary>
    public Task<bool> SendChannelCardAsync(Incident incident, string conversationId, string serviceUrl, string? tenantId, ResponderSet responders,
        CancellationToken cancellationToken)
    {
        var json = renderer.RenderCard(incident, IncidentCardAudience.Observer, null, responders.TeamsUserIds, readers.SharedCard);
        return outbox.EnqueueAsync(
            new OutboundNotification(NotificationRecipient.Conversation(conversationId, serviceUrl, tenantId), json,
                $"incident:{incident.DisplayNumber}:channel:{conversationId}", RefOf(incident), incident.Version),
            cancellationToken);
    }

    /// <summary>A short message (not a card copy: it says what happened at one moment and is never updated).</summary>
    public Task<bool> SendNoticeAsync(Incident incident, string recipientId, string title, string message, string purpose, CancellationToken cancellationToken) =>
        outbox.EnqueueAsync(
            new OutboundNotification(NotificationRecipient.User(recipientId), renderer.RenderNotice(incident, title, message),
                $"incident:{incident.DisplayNumber}:{purpose}:{recipientId}"),
            cancellationToken);

    /// <summary>A short message to a reporter about their report, in their own language (see <see cref="ReporterNews"/>).</summary>
    public async Task<bool> SendReporterNewsAsync(Incident incident, string reporterId, ReporterNews news, string purpose, CancellationToken cancellationToken)
    {
        var text = IncidentLanguage.For(_readers.TryGetValue(reporterId, out var prepared) ? prepared : await readers.ForAsync(reporterId, cancellationToken));
        return await outbox.EnqueueAsync(
            new OutboundNotification(NotificationRecipient.User(reporterId), renderer.RenderNews(incident, news, text), $"incident:{incident.DisplayNumber}:{purpose}:{reporterId}"),
            cancellationToken);
    }

    /// <summary>The card shown to the reporter in the turn itself (the answer to the form): recorded so it stays live.</summary>
    public Task RecordShownCardAsync(Incident incident, CardLocation location, CancellationToken cancellationToken) =>
        recorder.RecordAsync(RefOf(incident), incident.Version, location, cancellationToken);

    /// <summary>Every recorded copy re-rendered for its own audience at the incident's current version.</summary>
    public Task<int> UpdateCopiesAsync(Incident incident, ResponderSet responders, CancellationToken cancellationToken) =>
        copies.EnqueueUpdatesAsync(RefOf(incident), incident.Version, view =>
        {
            var audience = responders.AudienceOf(incident, view.RecipientAadObjectId);
            return renderer.RenderCard(incident, audience, view.RecipientAadObjectId, RefreshIds(audience, responders), view.Reader);
        }, cancellationToken);

    private static IReadOnlyList<string> RefreshIds(IncidentCardAudience audience, ResponderSet responders) =>
        audience == IncidentCardAudience.Reporter ? [] : responders.TeamsUserIds;
}

using SecurityBot.Cards;
using SecurityBot.Incidents.Teams.Resources;
using SecurityBot.Platform.Chat;

namespace SecurityBot.Incidents.Teams;

/// <summary>
/// Renders the Bot Framework activity (JSON, with an Adaptive Card) the incident use cases enqueue. Every piece of user
/// text is escaped and indicators are defanged by the cards it builds. A singleton, like the crisis-room offer it asks.
/// </summary>
internal sealed class IncidentCardRenderer(CrisisRoomOffer crisisRooms)
{
    /// <summary>
    /// The incident card for one audience; <paramref name="refreshUserIds"/> (Teams user ids) get a refreshed, personal
    /// view. A <see cref="IncidentCardAudience.Reporter"/> card shows only <paramref name="recipientId"/>'s own report
    /// (<see cref="Incident.ViewFor"/>), so it needs the recipient; null for a conversation (channel) copy.
    /// </summary>
    public string RenderCard(Incident incident, IncidentCardAudience audience, string? recipientId, IReadOnlyList<string> refreshUserIds, TimeDisplay reader) =>
        TurnContextCardExtensions.ToActivityJson(IncidentCard.Create(incident, audience, refreshUserIds, reader, reporterId: recipientId, crisisRoom: crisisRooms.For(incident)),
            alert: audience == IncidentCardAudience.Responder);

    /// <summary>A short message about the incident (reporter updates, escalation notices to managers).</summary>
    public string RenderNotice(Incident incident, string title, string message) =>
        TurnContextCardExtensions.ToActivityJson(NoticeCard.Info(title, message, IncidentLanguage.English.Format(nameof(IncidentTexts.News_Footer), incident.DisplayNumber)));

    /// <summary>A reporter's news (<see cref="ReporterNews"/>) in <paramref name="text"/>'s language.</summary>
    public string RenderNews(Incident incident, ReporterNews news, Localizer text)
    {
        ArgumentNullException.ThrowIfNull(news);
        var title = news.Key == nameof(IncidentTexts.News_MovedOn) ? nameof(IncidentTexts.News_MovedOnTitle) : nameof(IncidentTexts.News_Title);
        return TurnContextCardExtensions.ToActivityJson(NoticeCard.Info(text.Format(title, incident.DisplayNumber), text.Format(news.Key, news.Arguments),
            text.Format(nameof(IncidentTexts.News_Footer), incident.DisplayNumber)));
    }
}

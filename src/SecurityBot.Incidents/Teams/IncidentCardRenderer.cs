using SecurityBot.Platform.Chat;

namespace SecurityBot.Incidents.Teams;

/// <summary>The host's cards behind the incident service's <see cref="IIncidentCardRenderer"/> port.</summary>
internal sealed class IncidentCardRenderer : IIncidentCardRenderer
{
    public string RenderCard(Incident incident, IncidentCardAudience audience, string? recipientId, IReadOnlyList<string> refreshUserIds) =>
        TurnContextCardExtensions.ToActivityJson(IncidentCard.Create(incident, audience, refreshUserIds, reporterId: recipientId), alert: audience == IncidentCardAudience.Responder);

    public string RenderNotice(Incident incident, string title, string message) =>
        TurnContextCardExtensions.ToActivityJson(NoticeCard.Info(title, message, $"Type status {incident.DisplayNumber} for the details."));
}

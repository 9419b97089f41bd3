using SecurityBot.Platform.Contracts;
using SecurityBot.Platform.Routing;

namespace SecurityBot.Incidents.Domain;

/// <summary>Where the report came from, stored flat (one row per report; most columns are empty for a typed report).</summary>
internal sealed partial class IncidentReport
{
    public IncidentSource Source { get; private set; }

    public string? MessageAuthorId { get; private set; }

    public string? MessageAuthorName { get; private set; }

    public MessageAuthorKind? MessageAuthorKind { get; private set; }

    public ConversationKind? MessageConversation { get; private set; }

    public string? MessageLink { get; private set; }

    public string? MessageText { get; private set; }

    public DateTimeOffset? MessageSentAt { get; private set; }

    public string? AlertSystem { get; private set; }

    public string? AlertExternalId { get; private set; }

    public IncidentSeverity? AlertSeverity { get; private set; }

    public string? AlertLink { get; private set; }

    /// <summary>A person made this report (false: a SIEM alert, which has nobody to confirm to).</summary>
    public bool ByPerson => Source != IncidentSource.Siem;

    /// <summary>The reported Teams message, when the report came from "Report to security".</summary>
    public QuotedMessage? Message => Source == IncidentSource.TeamsMessage && MessageText is not null
        ? new QuotedMessage(MessageAuthorId, MessageAuthorName ?? "Unknown", MessageAuthorKind ?? Domain.MessageAuthorKind.External,
            MessageConversation ?? ConversationKind.Personal, Uri.TryCreate(MessageLink, UriKind.Absolute, out var link) ? link : null, MessageText, MessageSentAt)
        : null;

    /// <summary>The SIEM alert, when the report came from the alert bridge.</summary>
    public ExternalAlertRef? Alert => Source == IncidentSource.Siem && AlertSystem is not null && AlertExternalId is not null
        ? new ExternalAlertRef(AlertSystem, AlertExternalId, AlertSeverity ?? IncidentSeverity.Low, Uri.TryCreate(AlertLink, UriKind.Absolute, out var link) ? link : null)
        : null;

    private void SetOrigin(ReportOrigin origin)
    {
        Source = origin.Source;
        if (origin.Message is { } message)
        {
            MessageAuthorId = message.AuthorId;
            MessageAuthorName = Bounded(message.AuthorName, 200);
            MessageAuthorKind = message.AuthorKind;
            MessageConversation = message.Conversation;
            MessageLink = message.Link is { } link && link.AbsoluteUri.Length <= QuotedMessage.MaxLinkLength ? link.AbsoluteUri : null;
            MessageText = Bounded(message.Text, QuotedMessage.MaxTextLength);
            MessageSentAt = message.SentAt;
        }

        if (origin.Alert is { } alert)
        {
            AlertSystem = Bounded(alert.System, ExternalAlertRef.MaxSystemLength);
            AlertExternalId = Bounded(alert.ExternalId, ExternalAlertRef.MaxExternalIdLength);
            AlertSeverity = alert.Severity;
            AlertLink = alert.Link is { } link && link.AbsoluteUri.Length <= QuotedMessage.MaxLinkLength ? link.AbsoluteUri : null;
        }
    }

    private static string Bounded(string text, int max) => text.Length <= max ? text : text[..(max - 1)] + "…";
}

using System.Globalization;
using SecurityBot.Cards;

namespace SecurityBot.Incidents.Teams;

/// <summary>
/// Where the first report came from, for responders: the reported Teams message (its author as the directory knows
/// them, where it was posted, its text defanged and escaped, and Teams' own link to it) or the SIEM alert (system, its
/// id, a link back to its console). Links are only offered to the hosts that can have made them.
/// </summary>
internal static class IncidentSourceSection
{
    public const int MaxQuotedShown = 1500;

    public static IEnumerable<CardElement> For(Incident incident, TimeDisplay reader)
    {
        var first = incident.Reports.Count > 0 ? incident.Reports[0] : null;
        if (first?.Message is { } message)
        {
            return Message(message, reader);
        }

        return first?.Alert is { } alert ? Alert(alert) : [];
    }

    public static string Describe(MessageAuthorKind kind) => IncidentLanguage.English.Author(kind);

    public static string Describe(ConversationKind conversation) => IncidentLanguage.English.Where(conversation);

    private static IEnumerable<CardElement> Message(QuotedMessage message, TimeDisplay reader)
    {
        yield return new TextBlock("Reported Teams message") { Weight = TextWeight.Bolder, Spacing = Spacing.Medium };
        var facts = new FactSet(
            IncidentCardParts.UserFact("From", $"{message.AuthorName} ({Describe(message.AuthorKind)})", 300),
            new Fact("Posted in", Describe(message.Conversation)));
        if (message.SentAt is { } sent)
        {
            facts.Facts.Add(new Fact("Sent", IncidentCardParts.Time(sent, reader)));
        }

        yield return facts;
        yield return new Container(IncidentCardParts.UserText(message.Text, MaxQuotedShown)) { Style = ContainerStyle.Emphasis, Spacing = Spacing.Small };
        if (TeamsLink(message.Link) is { } link)
        {
            yield return new ActionSet(new OpenUrlAction("Open the message in Teams", link)) { Spacing = Spacing.Small };
        }
    }

    private static IEnumerable<CardElement> Alert(ExternalAlertRef alert)
    {
        yield return new TextBlock("SIEM alert") { Weight = TextWeight.Bolder, Spacing = Spacing.Medium };
        yield return new FactSet(
            IncidentCardParts.UserFact("System", alert.System, 50),
            IncidentCardParts.UserFact("Alert id", alert.ExternalId, 200),
            new Fact("Its severity", alert.Severity.ToString()));
        if (alert.Link is { Scheme: "https" } link)
        {
            yield return new ActionSet(new OpenUrlAction(string.Create(CultureInfo.InvariantCulture, $"Open in {CardText.Truncate(alert.System, 50)}"), link)) { Spacing = Spacing.Small };
        }
    }

    /// <summary>Teams' message links only: a forged payload's "link" to anywhere else is not offered as a button.</summary>
    private static Uri? TeamsLink(Uri? link) =>
        link is { Scheme: "https" } && link.Host.Equals("teams.microsoft.com", StringComparison.OrdinalIgnoreCase) ? link : null;
}

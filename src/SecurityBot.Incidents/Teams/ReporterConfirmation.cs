using SecurityBot.Cards;

namespace SecurityBot.Incidents.Teams;

/// <summary>
/// What a reporter sees after submitting: the number and the live status (the copy is updated on every change),
/// what THEY reported, and what to do meanwhile. A report linked to someone else's incident shows nothing of the other
/// reports (<see cref="Incident.ViewFor"/>); severity is left out too, since it counts every report.
/// </summary>
internal static class ReporterConfirmation
{
    /// <summary>Enough of the reported message to recognise it; the whole text stays on the incident.</summary>
    public const int MaxQuotedShown = 500;

    public static AdaptiveCard Create(Incident incident, string reporterId, TimeDisplay reader, string? banner = null)
    {
        ArgumentNullException.ThrowIfNull(incident);
        var own = incident.ViewFor(reporterId);
        var card = new AdaptiveCard
        {
            FallbackText = CardText.Plain($"Report received: {incident.DisplayNumber}. {IncidentCardParts.StatusLine(incident, reader)}"),
        };
        if (banner is not null)
        {
            card.Body.Add(IncidentCard.Banner(banner));
        }

        card.Body.Add(new Container(
            new TextBlock($"✓ Report received — {incident.DisplayNumber}") { Weight = TextWeight.Bolder, Color = TextColor.Good, Style = TextBlockStyle.Heading, Wrap = true },
            new TextBlock(own.JoinedEarlierReport
                ? $"Someone reported the same thing before you; your report was added to {incident.DisplayNumber}."
                : "The security team has been notified.")
            {
                Wrap = true,
            })
        {
            Style = ContainerStyle.Good,
            Bleed = true,
        });
        card.Body.Add(new FactSet(
            new Fact("Status", CardText.Escape(IncidentCardParts.StatusLine(incident, reader))),
            new Fact("Category", CardText.Escape(own.Category.Title())),
            IncidentCardParts.UserFact("You reported", own.Title, 200)));
        if (own.Message is { } message)
        {
            card.Body.AddRange(ReportedMessage(message));
        }

        card.Body.AddRange(IncidentCardParts.Indicators(own.Indicators));
        if (incident.IsOpen)
        {
            card.Body.Add(new TextBlock(own.Clicked
                ? "Meanwhile: disconnect from the network if something is running, don't enter any more passwords, and keep the device on — the security team may need it."
                : "Meanwhile: don't click links or open attachments in the message, and don't forward it (except to the security team).")
            {
                Wrap = true,
                IsSubtle = true,
                Spacing = Spacing.Medium,
            });
        }

        card.Actions.Add(SubmitAction.MessageBack("My incidents", "status"));
        return card;
    }

    /// <summary>
    /// The message the person reported, so the confirmation says which one it confirms (a note alone may not).
    /// It is the reporter's own report: author and text as stored, defanged and escaped, shortened.
    /// </summary>
    private static IEnumerable<CardElement> ReportedMessage(QuotedMessage message)
    {
        yield return new TextBlock("The message you reported") { Weight = TextWeight.Bolder, Spacing = Spacing.Medium, Wrap = true };
        yield return new FactSet(
            IncidentCardParts.UserFact("From", $"{message.AuthorName} ({IncidentSourceSection.Describe(message.AuthorKind)})", 300),
            new Fact("Posted in", IncidentSourceSection.Describe(message.Conversation)));
        yield return new Container(IncidentCardParts.UserText(message.Text, MaxQuotedShown)) { Style = ContainerStyle.Emphasis, Spacing = Spacing.Small };
    }
}

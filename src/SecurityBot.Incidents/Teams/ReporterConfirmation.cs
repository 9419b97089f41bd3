using SecurityBot.Cards;
using SecurityBot.Incidents.Teams.Resources;

namespace SecurityBot.Incidents.Teams;

/// <summary>
/// What a reporter sees after submitting: the number and the live status (the copy is updated on every change),
/// what THEY reported, and what to do meanwhile. A report linked to someone else's incident shows nothing of the other
/// reports (<see cref="Incident.ViewFor"/>); severity is left out too, since it counts every report. In the
/// reporter's language (their Teams locale), like their times.
/// </summary>
internal static class ReporterConfirmation
{
    /// <summary>Enough of the reported message to recognise it; the whole text stays on the incident.</summary>
    public const int MaxQuotedShown = 500;

    public static AdaptiveCard Create(Incident incident, string reporterId, TimeDisplay reader, string? banner = null)
    {
        ArgumentNullException.ThrowIfNull(incident);
        var own = incident.ViewFor(reporterId);
        var text = IncidentLanguage.For(reader);
        var status = IncidentCardParts.StatusLine(incident, reader, text);
        var card = new AdaptiveCard
        {
            FallbackText = CardText.Plain(text.Format(nameof(IncidentTexts.Confirm_Fallback), incident.DisplayNumber, status)),
        };
        if (banner is not null)
        {
            card.Body.Add(IncidentCard.Banner(banner));
        }

        card.Body.Add(new Container(
            new TextBlock(text.Format(nameof(IncidentTexts.Confirm_Heading), incident.DisplayNumber)) { Weight = TextWeight.Bolder, Color = TextColor.Good, Style = TextBlockStyle.Heading, Wrap = true },
            new TextBlock(own.JoinedEarlierReport
                ? text.Format(nameof(IncidentTexts.Confirm_Joined), incident.DisplayNumber)
                : text[nameof(IncidentTexts.Confirm_Notified)])
            {
                Wrap = true,
            })
        {
            Style = ContainerStyle.Good,
            Bleed = true,
        });
        card.Body.Add(new FactSet(
            new Fact(text[nameof(IncidentTexts.Fact_Status)], CardText.Escape(status)),
            new Fact(text[nameof(IncidentTexts.Fact_Category)], CardText.Escape(text.CategoryTitle(own.Category))),
            IncidentCardParts.UserFact(text[nameof(IncidentTexts.Fact_YouReported)], own.Title, 200)));
        if (own.Message is { } message)
        {
            card.Body.AddRange(ReportedMessage(message, text));
        }

        card.Body.AddRange(IncidentCardParts.Indicators(own.Indicators, text));
        if (incident.IsOpen)
        {
            card.Body.Add(new TextBlock(own.Clicked ? text[nameof(IncidentTexts.Confirm_MeanwhileClicked)] : text[nameof(IncidentTexts.Confirm_Meanwhile)])
            {
                Wrap = true,
                IsSubtle = true,
                Spacing = Spacing.Medium,
            });
        }

        card.Actions.Add(SubmitAction.MessageBack(text[nameof(IncidentTexts.Confirm_MyIncidents)], "status"));
        return card;
    }

    /// <summary>
    /// The message the person reported, so the confirmation says which one it confirms (a note alone may not).
    /// It is the reporter's own report: author and text as stored, defanged and escaped, shortened.
    /// </summary>
    private static IEnumerable<CardElement> ReportedMessage(QuotedMessage message, Localizer text)
    {
        yield return new TextBlock(text[nameof(IncidentTexts.Confirm_ReportedMessage)]) { Weight = TextWeight.Bolder, Spacing = Spacing.Medium, Wrap = true };
        yield return new FactSet(
            IncidentCardParts.UserFact(text[nameof(IncidentTexts.Fact_From)], $"{message.AuthorName} ({text.Author(message.AuthorKind)})", 300),
            new Fact(text[nameof(IncidentTexts.Fact_PostedIn)], text.Where(message.Conversation)));
        yield return new Container(IncidentCardParts.UserText(message.Text, MaxQuotedShown)) { Style = ContainerStyle.Emphasis, Spacing = Spacing.Small };
    }
}

using SecurityBot.Cards;
using SecurityBot.Core.Incidents;

namespace SecurityBot.Incidents;

/// <summary>
/// What the reporter sees after submitting: the number and the live status (the copy is updated on every change),
/// what they reported, and what to do meanwhile.
/// </summary>
public static class ReporterConfirmation
{
    public static AdaptiveCard Create(Incident incident, string? banner = null)
    {
        ArgumentNullException.ThrowIfNull(incident);
        var card = new AdaptiveCard
        {
            FallbackText = CardText.Plain($"Report received: {incident.DisplayNumber}. {IncidentCardParts.StatusLine(incident)}"),
        };
        if (banner is not null)
        {
            card.Body.Add(IncidentCard.Banner(banner));
        }

        card.Body.Add(new Container(
            new TextBlock($"✓ Report received — {incident.DisplayNumber}") { Weight = TextWeight.Bolder, Color = TextColor.Good, Style = TextBlockStyle.Heading, Wrap = true },
            new TextBlock(incident.RelatedReportCount > 0
                ? $"Others reported the same thing; your report was added to {incident.DisplayNumber} ({incident.ReportCount} reports)."
                : "The security team has been notified.")
            {
                Wrap = true,
            })
        {
            Style = ContainerStyle.Good,
            Bleed = true,
        });
        card.Body.Add(new FactSet(
            new Fact("Status", CardText.Escape(IncidentCardParts.StatusLine(incident))),
            new Fact("Category", CardText.Escape(incident.Category.Title())),
            new Fact("Severity", incident.Severity.ToString()),
            IncidentCardParts.UserFact("About", incident.Title, 200)));
        card.Body.AddRange(IncidentCardParts.Indicators(incident));
        if (incident.IsOpen)
        {
            card.Body.Add(new TextBlock(incident.AnyClicked
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
}

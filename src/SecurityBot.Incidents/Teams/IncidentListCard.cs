using SecurityBot.Cards;

namespace SecurityBot.Incidents.Teams;

/// <summary>"status": the person's open reports, newest first, each with its live status and what THEY reported (<see cref="Incident.ViewFor"/>).</summary>
internal static class IncidentListCard
{
    public static AdaptiveCard Create(IReadOnlyList<Incident> incidents, string reporterId, TimeDisplay reader)
    {
        ArgumentNullException.ThrowIfNull(incidents);
        var card = new AdaptiveCard { FallbackText = $"You have {incidents.Count} open incident report(s)." };
        card.Body.Add(TextBlock.Heading("Your open reports"));
        if (incidents.Count == 0)
        {
            card.Body.Add(new TextBlock("You have no open incident reports. Type report to report one.") { Wrap = true });
        }

        foreach (var incident in incidents)
        {
            var own = incident.ViewFor(reporterId);
            card.Body.Add(new Container(
                new TextBlock($"{incident.DisplayNumber} · {CardText.Escape(own.Category.Title())}") { Weight = TextWeight.Bolder, Wrap = true },
                IncidentCardParts.UserText(own.Title, 200),
                new TextBlock(CardText.Escape(IncidentCardParts.StatusLine(incident, reader))) { IsSubtle = true, Wrap = true, Spacing = Spacing.None })
            {
                Separator = true,
                Spacing = Spacing.Medium,
            });
        }

        card.Actions.Add(SubmitAction.MessageBack("Report an incident", "report"));
        return card;
    }
}

using SecurityBot.Cards;
using SecurityBot.Core.Incidents;

namespace SecurityBot.Incidents;

/// <summary>"status": the person's open reports, newest first, each with its live status.</summary>
public static class IncidentListCard
{
    public static AdaptiveCard Create(IReadOnlyList<Incident> incidents)
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
            card.Body.Add(new Container(
                new TextBlock($"{incident.DisplayNumber} · {incident.Severity} · {CardText.Escape(incident.Category.Title())}") { Weight = TextWeight.Bolder, Wrap = true },
                IncidentCardParts.UserText(incident.Title, 200),
                new TextBlock(CardText.Escape(IncidentCardParts.StatusLine(incident))) { IsSubtle = true, Wrap = true, Spacing = Spacing.None })
            {
                Separator = true,
                Spacing = Spacing.Medium,
            });
        }

        card.Actions.Add(SubmitAction.MessageBack("Report an incident", "report"));
        return card;
    }
}

using SecurityBot.Cards;
using SecurityBot.Incidents.Teams.Resources;

namespace SecurityBot.Incidents.Teams;

/// <summary>"status": the person's open reports, newest first, each with its live status and what THEY reported (<see cref="Incident.ViewFor"/>), in their language.</summary>
internal static class IncidentListCard
{
    public static AdaptiveCard Create(IReadOnlyList<Incident> incidents, string reporterId, TimeDisplay reader)
    {
        ArgumentNullException.ThrowIfNull(incidents);
        var text = IncidentLanguage.For(reader);
        var card = new AdaptiveCard { FallbackText = text.Format(nameof(IncidentTexts.List_Fallback), incidents.Count) };
        card.Body.Add(TextBlock.Heading(text[nameof(IncidentTexts.List_Heading)]));
        if (incidents.Count == 0)
        {
            card.Body.Add(new TextBlock(text[nameof(IncidentTexts.List_Empty)]) { Wrap = true });
        }

        foreach (var incident in incidents)
        {
            var own = incident.ViewFor(reporterId);
            card.Body.Add(new Container(
                new TextBlock($"{incident.DisplayNumber} · {CardText.Escape(text.CategoryTitle(own.Category))}") { Weight = TextWeight.Bolder, Wrap = true },
                IncidentCardParts.UserText(own.Title, 200),
                new TextBlock(CardText.Escape(IncidentCardParts.StatusLine(incident, reader, text))) { IsSubtle = true, Wrap = true, Spacing = Spacing.None })
            {
                Separator = true,
                Spacing = Spacing.Medium,
            });
        }

        card.Actions.Add(SubmitAction.MessageBack(text[nameof(IncidentTexts.List_Report)], "report"));
        return card;
    }
}

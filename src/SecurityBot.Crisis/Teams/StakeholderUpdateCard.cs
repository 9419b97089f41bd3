namespace SecurityBot.Crisis.Teams;

/// <summary>
/// One stakeholder update as the room and the executives read it: the incident, where things stand, the impact, who
/// said so and when, and when the next update is due — times in each reader's zone, the author's words escaped.
/// </summary>
internal static class StakeholderUpdateCard
{
    public static AdaptiveCard Create(CrisisRoom room, StakeholderUpdate update, IncidentSnapshot? incident)
    {
        var facts = new FactSet(new Fact("Incident", room.IncidentNumber));
        if (incident is not null)
        {
            facts.Facts.Add(new Fact("Severity", incident.Severity.ToString()));
            facts.Facts.Add(new Fact("Stage", incident.Stage.ToString()));
        }

        facts.Facts.Add(Fact.FromUserText("Posted by", update.AuthorName, 200));
        var card = new AdaptiveCard
        {
            FallbackText = $"Stakeholder update #{update.Sequence} for {room.IncidentNumber}",
            Body =
            {
                TextBlock.Heading($"📣 Stakeholder update #{update.Sequence} — {room.IncidentNumber}"),
                TextBlock.FromUserText(incident?.Title ?? room.Topic, 300),
                new TextBlock("**Status**") { Wrap = true, Spacing = Spacing.Medium },
                TextBlock.FromUserText(update.Status, StakeholderUpdateDraft.MaxStatusLength),
                new TextBlock("**Impact**") { Wrap = true, Spacing = Spacing.Medium },
                TextBlock.FromUserText(update.Impact ?? "Not stated.", StakeholderUpdateDraft.MaxImpactLength),
                facts,
                new TextBlock($"Posted {CardText.ViewerTime(update.At)} · next update due {CardText.ViewerTime(update.NextDueAt)}") { Wrap = true, IsSubtle = true },
            },
        };
        return card;
    }
}

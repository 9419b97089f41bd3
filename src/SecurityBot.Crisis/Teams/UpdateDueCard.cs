namespace SecurityBot.Crisis.Teams;

/// <summary>The reminder to the incident's lead that stakeholders are owed an update, in their 1:1 chat.</summary>
internal static class UpdateDueCard
{
    public static AdaptiveCard Create(CrisisRoom room, DateTimeOffset dueAt)
    {
        var card = NoticeCard.Warning(
            $"Stakeholder update due for {room.IncidentNumber}",
            room.UpdateCount == 0
                ? "No stakeholder update has been posted since the crisis room opened."
                : $"The last stakeholder update was #{room.UpdateCount}.",
            $"In the crisis room \"{room.Topic}\", type: @SecurityBot update <status> impact: <who is affected>");
        // Outside the notice's escaped text, so the reader's device formats the time in their own zone.
        card.Body.Add(new TextBlock($"Due {CardText.ViewerTime(dueAt)}.") { Wrap = true, IsSubtle = true });
        return card;
    }
}

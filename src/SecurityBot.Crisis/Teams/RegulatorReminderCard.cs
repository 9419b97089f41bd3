namespace SecurityBot.Crisis.Teams;

/// <summary>
/// The regulator's reminders: to the DPO and the CSO in their 1:1 chats at each point, the urgent notice when the
/// deadline passed un-notified (also to the security lead), and the line the room gets each time.
/// </summary>
internal static class RegulatorReminderCard
{
    public static AdaptiveCard Reminder(RegulatorClock clock, CrisisRoom room, RegulatorReminderPoint point) =>
        Card(ContainerStyle.Warning, TextColor.Warning,
            $"⚠ {point.HoursBefore} h left to notify the authority — {clock.IncidentNumber}",
            $"Personal data is involved in {clock.IncidentNumber}. The supervisory authority must be notified by the deadline, or the decision that no notification is needed recorded.",
            clock, room);

    public static AdaptiveCard DeadlinePassed(RegulatorClock clock, CrisisRoom room) =>
        Card(ContainerStyle.Attention, TextColor.Attention,
            $"🚨 Notification deadline passed — {clock.IncidentNumber}",
            $"The deadline to notify the supervisory authority about {clock.IncidentNumber} has passed and no notification is recorded. Notify now and record the reasons for the delay (GDPR Art. 33(1)).",
            clock, room);

    public static AdaptiveCard RoomLine(RegulatorClock clock, RegulatorReminderPoint point) => new()
    {
        FallbackText = point.IsDeadline ? $"{clock.IncidentNumber}: the notification deadline passed" : $"{clock.IncidentNumber}: {point.HoursBefore} h left to notify the authority",
        Body =
        {
            new TextBlock(point.IsDeadline
                ? $"🚨 The deadline to notify the authority passed {CardText.ViewerTime(clock.DeadlineAt)} and no notification is recorded. The DPO, the CSO and the security lead are told."
                : $"⏱ {point.HoursBefore} h left to notify the authority (deadline {CardText.ViewerTime(clock.DeadlineAt)}). The DPO and the CSO are reminded.")
            { Wrap = true },
        },
    };

    private static AdaptiveCard Card(ContainerStyle style, TextColor color, string title, string message, RegulatorClock clock, CrisisRoom room) => new()
    {
        FallbackText = title,
        Body =
        {
            new Container
            {
                Style = style,
                Bleed = true,
                Items =
                {
                    new TextBlock(title) { Weight = TextWeight.Bolder, Color = color, Wrap = true, Style = TextBlockStyle.Heading },
                    new TextBlock(message) { Wrap = true },
                },
            },
            new TextBlock($"**Deadline** {CardText.ViewerTime(clock.DeadlineAt)}") { Wrap = true },
            new FactSet(Fact.FromUserText("Crisis room", room.Topic, CrisisRoom.MaxTopicLength), Fact.FromUserText("Marked by", clock.StartedByName, CrisisMember.MaxNameLength)),
            new TextBlock("In the crisis room, type `@SecurityBot notified <authority's reference>` once notified, or `@SecurityBot no-notification <reason>`.")
            { Wrap = true, IsSubtle = true },
        },
    };
}

namespace SecurityBot.Crisis.Teams;

/// <summary>
/// The regulator's clock as the room reads it: started (who marked personal data, the deadline, the time left, the
/// reminders), notified (when, by whom, the authority's reference) or not notifiable (when, by whom, why). Times are
/// shown in each reader's zone; names, references and reasons are user text, escaped.
/// </summary>
internal static class RegulatorClockCard
{
    public static AdaptiveCard Running(RegulatorClock clock, RegulatorSchedule schedule, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(clock);
        ArgumentNullException.ThrowIfNull(schedule);
        var reminders = schedule.Points.Where(p => !p.IsDeadline).Select(p => $"{p.HoursBefore} h").ToList();
        return new AdaptiveCard
        {
            FallbackText = $"Regulator's clock for {clock.IncidentNumber}: notify the authority by the deadline",
            Body =
            {
                TextBlock.Heading($"⏱ Regulator's clock — {clock.IncidentNumber}"),
                new TextBlock("Personal data is involved: the supervisory authority must be notified by the deadline (GDPR Art. 33), or the DPO must record why no notification is needed.")
                { Wrap = true },
                new FactSet(
                    Fact.FromUserText("Marked by", clock.StartedByName, CrisisMember.MaxNameLength),
                    new Fact("Time left", $"{RegulatorTimeLeft.Format(clock.TimeLeft(now))} when this was posted")),
                new TextBlock($"**Started** {CardText.ViewerTime(clock.StartedAt)}") { Wrap = true },
                new TextBlock($"**Deadline** {CardText.ViewerTime(clock.DeadlineAt)}") { Wrap = true, Color = TextColor.Attention },
                new TextBlock(reminders.Count == 0
                    ? "The DPO and the CSO are told when the deadline passes."
                    : $"The DPO and the CSO are reminded {string.Join(", ", reminders)} before the deadline, and told when it passes.")
                { Wrap = true, IsSubtle = true },
                new TextBlock(
                    "- `notified [authority's reference]` — the authority was notified (DPO, CSO or security lead)\n" +
                    "- `no-notification <reason>` — no notification is needed (DPO, CSO or security lead)")
                { Wrap = true },
            },
        };
    }

    public static AdaptiveCard Notified(RegulatorClock clock)
    {
        ArgumentNullException.ThrowIfNull(clock);
        var facts = new FactSet(
            new Fact("Incident", clock.IncidentNumber),
            Fact.FromUserText("Notified by", clock.DecidedByName, CrisisMember.MaxNameLength),
            Fact.FromUserText("Authority's reference", clock.AuthorityReference ?? "None given", RegulatorClock.MaxReferenceLength));
        return new AdaptiveCard
        {
            FallbackText = $"{clock.IncidentNumber}: the authority was notified",
            Body =
            {
                TextBlock.Heading($"✅ Authority notified — {clock.IncidentNumber}"),
                new TextBlock($"Notified the authority {CardText.ViewerTime(clock.DecidedAt ?? clock.UpdatedAt)}; the deadline was {CardText.ViewerTime(clock.DeadlineAt)}.")
                { Wrap = true },
                facts,
                new TextBlock("The regulator's clock is stopped: no more reminders.") { Wrap = true, IsSubtle = true },
            },
        };
    }

    public static AdaptiveCard NotNotifiable(RegulatorClock clock)
    {
        ArgumentNullException.ThrowIfNull(clock);
        return new AdaptiveCard
        {
            FallbackText = $"{clock.IncidentNumber}: no notification to the authority is needed",
            Body =
            {
                TextBlock.Heading($"🛑 No notification needed — {clock.IncidentNumber}"),
                new FactSet(Fact.FromUserText("Decided by", clock.DecidedByName, CrisisMember.MaxNameLength)),
                new TextBlock($"Decided {CardText.ViewerTime(clock.DecidedAt ?? clock.UpdatedAt)}.") { Wrap = true },
                new TextBlock("**Why**") { Wrap = true, Spacing = Spacing.Medium },
                TextBlock.FromUserText(clock.NoNotificationReason, RegulatorClock.MaxReasonLength),
                new TextBlock("The regulator's clock is stopped: no more reminders.") { Wrap = true, IsSubtle = true },
            },
        };
    }
}

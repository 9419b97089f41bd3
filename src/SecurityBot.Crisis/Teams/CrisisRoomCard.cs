namespace SecurityBot.Crisis.Teams;

/// <summary>
/// The room's own cards: the welcome (who is here and why, what to type), a newcomer, the close, and the failure
/// notice for the lead. Times are shown in each reader's own zone (the room has many readers); user text is escaped.
/// </summary>
internal static class CrisisRoomCard
{
    public static AdaptiveCard Create(CrisisRoom room, IncidentSnapshot incident)
    {
        var people = room.Members
            .OrderBy(m => m.Role).ThenBy(m => m.DisplayName, StringComparer.CurrentCultureIgnoreCase)
            .Select(m => Fact.FromUserText(RoleLabel(m), m.DisplayName, 200));
        var card = new AdaptiveCard
        {
            FallbackText = $"Crisis room for {incident.Number}",
            Body =
            {
                TextBlock.Heading($"🚨 Crisis room — {incident.Number}"),
                TextBlock.FromUserText(incident.Title, 300),
                new FactSet(
                    new Fact("Severity", incident.Severity.ToString()),
                    new Fact("Opened", room.DeclaredByName is null ? "by its severity" : "by " + CardText.Escape(room.DeclaredByName))),
                new TextBlock("**Who is here and why**") { Wrap = true, Spacing = Spacing.Medium },
                new FactSet(people),
                new TextBlock("**In this room** (mention SecurityBot first)") { Wrap = true, Spacing = Spacing.Medium },
                new TextBlock(
                    "- **update** *status* impact: *who is affected* — a stakeholder update, also sent to the executives\n" +
                    "- **note** *text* — add to the incident's timeline\n" +
                    "- **assign** *name or e-mail* — give the incident to a responder\n" +
                    "- **severity** low, medium, high or critical — change the severity")
                { Wrap = true },
                new TextBlock($"First stakeholder update due {CardText.ViewerTime(room.NextUpdateDueAt ?? room.DeclaredAt)}.") { Wrap = true, IsSubtle = true },
            },
        };
        return card;
    }

    public static AdaptiveCard Joined(CrisisMember member) => new()
    {
        FallbackText = "Someone joined the crisis room",
        Body =
        {
            new TextBlock($"➕ {CardText.Escape(member.DisplayName)} joined the room ({RoleLabel(member)}).") { Wrap = true },
        },
    };

    public static AdaptiveCard Closed(CrisisRoom room, IncidentSnapshot incident) => new()
    {
        FallbackText = $"{incident.Number} is {incident.Stage.ToString().ToLowerInvariant()}",
        Body =
        {
            TextBlock.Heading($"✅ {incident.Number} is {incident.Stage.ToString().ToLowerInvariant()}"),
            TextBlock.FromUserText(incident.Resolution ?? "No resolution note.", 1000),
            new TextBlock($"Closed {CardText.ViewerTime(room.ClosedAt ?? room.UpdatedAt)}. Stakeholder update reminders have stopped; the room stays for the review and the record.")
            { Wrap = true, IsSubtle = true },
        },
    };

    public static AdaptiveCard Failed(CrisisRoom room, IncidentSnapshot incident) =>
        NoticeCard.Error(
            $"The crisis room for {incident.Number} could not be opened",
            $"Microsoft Graph said: {room.LastError ?? "no answer"}",
            room.Status == CrisisRoomStatus.Failed
                ? "The incident still escalates through the 1:1 cards. Fix the cause (deploy/README.md lists the Graph permissions), then press \"Open crisis room\" on the incident card to try again."
                : null);

    private static string RoleLabel(CrisisMember member) => member.Role switch
    {
        CrisisMemberRole.Responder => "Responder",
        CrisisMemberRole.SecurityLead => "Security lead",
        CrisisMemberRole.Cso => "CSO",
        CrisisMemberRole.ReportersManager => "Reporter's manager",
        CrisisMemberRole.DeclaredBy => "Opened the room",
        _ => member.RosterName ?? "Roster",
    };
}

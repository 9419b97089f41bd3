using System.Text.Json.Nodes;
using SecurityBot.Cards;
using SecurityBot.Platform.Contracts;

namespace SecurityBot.Incidents.Teams;

/// <summary>
/// The incident card in its three views: responders get the triage buttons, everyone else told about it (the
/// reporter's manager, a channel) a read-only view, and the card's refresh gives the listed responders (Teams ids)
/// their buttons wherever the card is — Teams asks the bot for their personal view when they open it.
/// </summary>
internal static class IncidentCard
{
    /// <summary>
    /// The card for <paramref name="audience"/>; a reporter's card needs <paramref name="reporterId"/>, whose own report
    /// it shows. <paramref name="crisisRoom"/> says whether a responder's card offers "Open crisis room"
    /// (<see cref="CrisisRoomOffer"/>).
    /// </summary>
    public static AdaptiveCard Create(Incident incident, IncidentCardAudience audience, IReadOnlyList<string> refreshUserIds, TimeDisplay reader, string? banner = null,
        string? reporterId = null,
        bool crisisRoom = false)
    {
        ArgumentNullException.ThrowIfNull(incident);
        ArgumentNullException.ThrowIfNull(refreshUserIds);
        ArgumentNullException.ThrowIfNull(reader);
        if (audience == IncidentCardAudience.Reporter && reporterId is null)
        {
            throw new ArgumentException("A reporter's card shows that reporter's own report: say whose.", nameof(reporterId));
        }

        return audience == IncidentCardAudience.Reporter
            ? ReporterConfirmation.Create(incident, reporterId!, reader, banner)
            : Triage(incident, audience == IncidentCardAudience.Responder, refreshUserIds, reader, banner, crisisRoom);
    }

    private static AdaptiveCard Triage(Incident incident, bool canAct, IReadOnlyList<string> refreshUserIds, TimeDisplay reader, string? banner, bool crisisRoom)
    {
        var card = new AdaptiveCard
        {
            FallbackText = CardText.Plain($"{incident.DisplayNumber} ({incident.Severity}, {incident.Category.Title()}): {IncidentCardParts.StatusLine(incident, reader)}"),
        };
        if (banner is not null)
        {
            card.Body.Add(Banner(banner));
        }

        card.Body.Add(IncidentCardParts.Header(incident));
        card.Body.Add(IncidentCardParts.UserText(incident.Title, 200));
        card.Body.Add(IncidentCardParts.Facts(incident, forResponder: true, reader));
        if (incident.Reports.Count > 0)
        {
            card.Body.Add(new TextBlock("What happened") { Weight = TextWeight.Bolder, Spacing = Spacing.Medium });
            card.Body.Add(IncidentCardParts.UserText(incident.Reports[0].Description, 1000));
        }

        card.Body.AddRange(IncidentSourceSection.For(incident, reader));
        card.Body.AddRange(IncidentEvidenceSection.For(incident, canAct, reader));
        card.Body.AddRange(IncidentCardParts.Indicators(incident));
        card.Body.AddRange(IncidentCardParts.Timeline(incident, reader));
        if (canAct && incident.IsOpen)
        {
            // Renderers allow five card-level actions; the note (and the crisis room) live in the body so the five
            // triage buttons fit.
            var more = new ActionSet(new ShowCardAction("Add note", NoteForm(incident, "note", "Note for the timeline", "Add note", IncidentVerbs.Note)))
            {
                Spacing = Spacing.Medium,
            };
            if (crisisRoom)
            {
                // Handled by the crisis-room capability, which decides who may open a room; the data names the incident only.
                more.Actions.Add(new ExecuteAction("Open crisis room", CapabilityVerbs.OpenCrisisRoom, new JsonObject { ["incident"] = incident.DisplayNumber }));
            }

            card.Body.Add(more);
            card.Actions.AddRange(Buttons(incident));
        }
        else if (!canAct && incident.IsOpen)
        {
            card.Body.Add(new TextBlock("The security team has been notified and is handling this.") { IsSubtle = true, Wrap = true, Spacing = Spacing.Medium });
        }

        card.Refresh = CardRefresh.ForFirstUsers(new ExecuteAction("Refresh", IncidentVerbs.Refresh, IncidentCardParts.Data(incident)), refreshUserIds);
        return card;
    }

    private static IEnumerable<CardAction> Buttons(Incident incident)
    {
        if (incident.Status == IncidentStatus.New)
        {
            yield return new ExecuteAction("Acknowledge", IncidentVerbs.Acknowledge, IncidentCardParts.Data(incident)) { Style = ActionStyle.Positive };
        }

        yield return new ExecuteAction("Assign to me", IncidentVerbs.Assign, IncidentCardParts.Data(incident));
        yield return new ExecuteAction("Escalate", IncidentVerbs.Escalate, IncidentCardParts.Data(incident));
        yield return new ShowCardAction("Resolve", NoteForm(incident, "resolution", "How was it resolved?", "Resolve", IncidentVerbs.Resolve));
        yield return new ShowCardAction("Dismiss", NoteForm(incident, "reason", "Why is this a false positive?", "Dismiss", IncidentVerbs.Dismiss));
    }

    private static AdaptiveCard NoteForm(Incident incident, string id, string label, string button, string verb)
    {
        var form = new AdaptiveCard
        {
            Body =
            {
                new TextInput(id, label) { IsMultiline = true, MaxLength = Incident.MaxNoteLength, IsRequired = verb == IncidentVerbs.Note, ErrorMessage = "Write a note." },
            },
        };
        form.Actions.Add(new ExecuteAction(button, verb, IncidentCardParts.Data(incident)) { Style = verb == IncidentVerbs.Dismiss ? ActionStyle.Destructive : ActionStyle.Positive });
        return form;
    }

    internal static Container Banner(string text) => new(TextBlock.FromUserText(text, 500))
    {
        Style = ContainerStyle.Warning,
        Bleed = true,
    };
}

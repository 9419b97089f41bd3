using SecurityBot.BotFramework.Schema.Teams;
using SecurityBot.Cards;
using SecurityBot.Platform.Chat;
using SecurityBot.Platform.Regional;
using SecurityBot.Platform.Results;

namespace SecurityBot.Incidents.Teams;

/// <summary>
/// The incident card buttons ("incident.*"). The actor is the authenticated sender; the data only names the
/// incident and the version the card showed. The answer replaces the clicker's card: the new state, or the current
/// state with a banner saying why nothing changed.
/// </summary>
internal sealed class IncidentCardActionHandler(IIncidentService incidents, EvidenceCopies evidence, CrisisRoomOffer crisisRooms, ITimeDisplays readers, TimeProvider time)
    : ICardActionHandler
{
    /// <summary>Longest value read from the card data; the report's own limits (all shorter) are checked by the service.</summary>
    private const int MaxFieldLength = 20_000;

    public IReadOnlyCollection<string> Verbs => IncidentVerbs.All;

    public async Task<AdaptiveCardInvokeResponse> HandleAsync(CardActionContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        var actor = new IncidentActor(context.Actor.AadObjectId, context.Actor.Name ?? "Unknown user");
        if (context.Verb == IncidentVerbs.Submit)
        {
            return await SubmitAsync(context, actor, cancellationToken);
        }

        if (!TryGetIncident(context.Data, out var number, out var version))
        {
            return AdaptiveCardInvokeResponse.Error(400, "BadRequest", "This card does not say which incident it is about.");
        }

        if (context.Verb == IncidentVerbs.Refresh)
        {
            return await RefreshAsync(actor, number, cancellationToken);
        }

        if (context.Verb == IncidentVerbs.Evidence)
        {
            return await CopyEvidenceAsync(context, actor, number, cancellationToken);
        }

        var (action, noteField) = context.Verb switch
        {
            IncidentVerbs.Acknowledge => (TriageAction.Acknowledge, null),
            IncidentVerbs.Assign => (TriageAction.AssignToMe, null),
            IncidentVerbs.Escalate => (TriageAction.Escalate, null),
            IncidentVerbs.Resolve => (TriageAction.Resolve, "resolution"),
            IncidentVerbs.Dismiss => (TriageAction.Dismiss, "reason"),
            _ => (TriageAction.AddNote, "note"),
        };
        var note = noteField is null ? null : context.Data.Text(noteField, MaxFieldLength);
        var result = await incidents.TriageAsync(new TriageRequest(number, version, action, actor, note), cancellationToken);
        var reader = await readers.ForTurnAsync(context.Turn.Activity, cancellationToken);
        return result switch
        {
            { Status: UseCaseStatus.NotFound } => AdaptiveCardInvokeResponse.Error(404, "NotFound", result.Message),
            { Status: UseCaseStatus.Forbidden } => AdaptiveCardInvokeResponse.Error(403, "Forbidden", result.Message),
            { Status: UseCaseStatus.Succeeded, Incident: { } applied } =>
                AdaptiveCardInvokeResponse.Card(IncidentCard.Create(applied, IncidentCardAudience.Responder, [], reader, crisisRoom: crisisRooms.For(applied))),
            // Stale or refused: the incident as it now is, with why nothing changed.
            { Incident: { } current } =>
                AdaptiveCardInvokeResponse.Card(IncidentCard.Create(current, IncidentCardAudience.Responder, [], reader, banner: result.Message, crisisRoom: crisisRooms.For(current))),
            // The incident vanished between a refusal and its reload: the one not-found answer.
            _ => AdaptiveCardInvokeResponse.Error(404, "NotFound", TriageResult.NotFound(number).Message),
        };
    }

    private async Task<AdaptiveCardInvokeResponse> SubmitAsync(CardActionContext context, IncidentActor actor, CancellationToken cancellationToken)
    {
        var data = context.Data;
        var clicked = data.Toggle("clicked", MaxFieldLength);
        var values = new ReportFormValues(
            data.Text("category", MaxFieldLength),
            data.Text("description", MaxFieldLength),
            data.Text("occurredOn", MaxFieldLength),
            data.Text("affectedSystem", MaxFieldLength),
            data.Text("evidence", MaxFieldLength),
            clicked == "true");
        // The form's own message (context.PressedCard) becomes the reporter's live confirmation card.
        var result = await incidents.ReportAsync(
            new ReportIncidentRequest(actor, values.Category, values.Description, values.OccurredOn, values.AffectedSystem, values.Evidence,
                clicked, context.PressedCard, FormSubmissionKey.From(context.Turn.Activity, IncidentVerbs.Submit, actor.Id)),
            cancellationToken);
        var reader = await readers.ForTurnAsync(context.Turn.Activity, cancellationToken);
        if (!result.Succeeded)
        {
            return AdaptiveCardInvokeResponse.Card(IncidentReportForm.Create(DateOnly.FromDateTime(time.GetUtcNow().UtcDateTime), IncidentLanguage.For(reader), values, errors: result.Errors));
        }

        return AdaptiveCardInvokeResponse.Card(ReporterConfirmation.Create(result.Incident, actor.Id, reader));
    }

    private async Task<AdaptiveCardInvokeResponse> RefreshAsync(IncidentActor actor, long number, CancellationToken cancellationToken)
    {
        var incident = await incidents.FindVisibleAsync(number, actor.Id, cancellationToken);
        if (incident is null)
        {
            return AdaptiveCardInvokeResponse.Error(404, "NotFound", TriageResult.NotFound(number).Message);
        }

        // FindVisibleAsync returns an incident only to its reporters and to those who may triage it. A refresh is
        // this person's own view, wherever the card is: their times.
        var audience = incident.IsReporter(actor.Id) ? IncidentCardAudience.Reporter : IncidentCardAudience.Responder;
        AdaptiveCard card = IncidentCard.Create(incident, audience, [], await readers.ForAsync(actor.Id, cancellationToken), reporterId: actor.Id, crisisRoom: crisisRooms.For(incident));
        return AdaptiveCardInvokeResponse.Card(card);
    }

    /// <summary>A responder's copy of an evidence file, to their 1:1 chat; the card is answered with the incident as it is and what was done.</summary>
    private async Task<AdaptiveCardInvokeResponse> CopyEvidenceAsync(CardActionContext context, IncidentActor actor, long number, CancellationToken cancellationToken)
    {
        if (!Guid.TryParse(context.Data.Text("evidence", 64), out var evidenceId))
        {
            return AdaptiveCardInvokeResponse.Error(400, "BadRequest", "This card does not say which file it is about.");
        }

        var (status, message) = await evidence.SendAsync(number, evidenceId, actor, cancellationToken);
        if (status != UseCaseStatus.Succeeded || await incidents.FindVisibleAsync(number, actor.Id, cancellationToken) is not { } incident)
        {
            return AdaptiveCardInvokeResponse.Error(404, "NotFound", message);
        }

        var reader = await readers.ForTurnAsync(context.Turn.Activity, cancellationToken);
        return AdaptiveCardInvokeResponse.Card(IncidentCard.Create(incident, IncidentCardAudience.Responder, [], reader, banner: message, crisisRoom: crisisRooms.For(incident)));
    }

    /// <summary>The incident number and card version the action refers to; false when either is missing or malformed.</summary>
    private static bool TryGetIncident(CardActionData data, out long number, out long version)
    {
        version = data.WholeNumber("version") ?? -1;
        return IncidentNumber.TryParse(data.Text("incident", MaxFieldLength), out number) && version >= 0;
    }
}

using SecurityBot.BotFramework.Schema.Teams;
using SecurityBot.Cards;
using SecurityBot.Platform.Chat;

namespace SecurityBot.Incidents.Teams;

/// <summary>
/// The incident card buttons ("incident.*"). The actor is the authenticated sender; the data only names the
/// incident and the version the card showed. The answer replaces the clicker's card: the new state, or the current
/// state with a banner saying why nothing changed.
/// </summary>
internal sealed class IncidentCardActionHandler(IIncidentService incidents, TimeProvider time) : ICardActionHandler
{
    public IReadOnlyCollection<string> Verbs => IncidentVerbs.All;

    public async Task<AdaptiveCardInvokeResponse> HandleAsync(CardActionContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        var actor = new IncidentActor(context.Actor.AadObjectId, context.Actor.Name ?? "Unknown user");
        if (context.Verb == IncidentVerbs.Submit)
        {
            return await SubmitAsync(context, actor, cancellationToken);
        }

        if (!CardData.TryGetIncident(context.Data, out var number, out var version))
        {
            return AdaptiveCardInvokeResponse.Error(400, "BadRequest", "This card does not say which incident it is about.");
        }

        if (context.Verb == IncidentVerbs.Refresh)
        {
            return await RefreshAsync(actor, number, cancellationToken);
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
        var note = noteField is null ? null : CardData.String(context.Data, noteField);
        var result = await incidents.TriageAsync(new TriageRequest(number, version, action, actor, note), cancellationToken);
        return result.Outcome switch
        {
            TriageOutcome.NotFound => AdaptiveCardInvokeResponse.Error(404, "NotFound", result.Message),
            TriageOutcome.Forbidden => AdaptiveCardInvokeResponse.Error(403, "Forbidden", result.Message),
            TriageOutcome.Applied => AdaptiveCardInvokeResponse.Card(IncidentCard.Create(result.Incident!, IncidentCardAudience.Responder, [])),
            _ => AdaptiveCardInvokeResponse.Card(IncidentCard.Create(result.Incident!, IncidentCardAudience.Responder, [], banner: result.Message)),
        };
    }

    private async Task<AdaptiveCardInvokeResponse> SubmitAsync(CardActionContext context, IncidentActor actor, CancellationToken cancellationToken)
    {
        var data = context.Data;
        var values = new ReportFormValues(
            CardData.String(data, "category"),
            CardData.String(data, "description"),
            CardData.String(data, "occurredOn"),
            CardData.String(data, "affectedSystem"),
            CardData.String(data, "evidence"),
            CardData.String(data, "clicked") == "true");
        var activity = context.Turn.Activity;
        // The form's own message becomes the reporter's live confirmation card.
        var shown = activity is { ReplyToId: { Length: > 0 } replyTo, Conversation.Id: { Length: > 0 } conversation, ServiceUrl: { Length: > 0 } serviceUrl }
            ? new CardLocation(conversation, replyTo, serviceUrl)
            : null;
        var result = await incidents.ReportAsync(
            new ReportIncidentRequest(actor, values.Category, values.Description, values.OccurredOn, values.AffectedSystem, values.Evidence,
                CardData.String(data, "clicked"), shown, FormSubmissionKey.From(activity, IncidentVerbs.Submit, actor.Id)),
            cancellationToken);
        if (!result.Succeeded)
        {
            return AdaptiveCardInvokeResponse.Card(IncidentReportForm.Create(DateOnly.FromDateTime(time.GetUtcNow().UtcDateTime), values, errors: result.Errors));
        }

        return AdaptiveCardInvokeResponse.Card(ReporterConfirmation.Create(result.Incident!, actor.Id));
    }

    private async Task<AdaptiveCardInvokeResponse> RefreshAsync(IncidentActor actor, long number, CancellationToken cancellationToken)
    {
        var incident = await incidents.FindVisibleAsync(number, actor.Id, cancellationToken);
        if (incident is null)
        {
            return AdaptiveCardInvokeResponse.Error(404, "NotFound", TriageResult.NotFound(number).Message);
        }

        // FindVisibleAsync returns an incident only to its reporters and to those who may triage it.
        var audience = incident.IsReporter(actor.Id) ? IncidentCardAudience.Reporter : IncidentCardAudience.Responder;
        AdaptiveCard card = IncidentCard.Create(incident, audience, [], reporterId: actor.Id);
        return AdaptiveCardInvokeResponse.Card(card);
    }
}

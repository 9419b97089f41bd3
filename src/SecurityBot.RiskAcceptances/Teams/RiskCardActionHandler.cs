using Microsoft.Extensions.Options;
using SecurityBot.BotFramework.Schema.Teams;
using SecurityBot.Platform.Chat;
using SecurityBot.Cards;
using SecurityBot.Platform.Contracts;
using SecurityBot.Platform.Regional;
using SecurityBot.Platform.Results;

namespace SecurityBot.RiskAcceptances.Teams;

/// <summary>
/// The risk card buttons. The card data only says which request, version and stage; the actor comes from the
/// authenticated activity and every permission from the directory, in the services. The answer is the card as the
/// clicker should now see it (or the form again with its errors).
/// </summary>
internal sealed class RiskCardActionHandler(
    RiskAcceptanceService service,
    RiskAcceptanceLifecycle lifecycle,
    RiskAcceptanceRegister register,
    ActorResolver actors,
    ITimeDisplays readers,
    IOptions<RiskAcceptanceOptions> options,
    IPolicyCatalog? policies = null) : ICardActionHandler
{
    public IReadOnlyCollection<string> Verbs => RiskVerbs.All;

    public async Task<AdaptiveCardInvokeResponse> HandleAsync(CardActionContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        var o = options.Value;
        var data = context.Data;
        if (context.Verb == RiskVerbs.OpenRequest)
        {
            // From a policy answer's "Request an exception": the policy and section are only a pre-fill; the server
            // looks them up again when the form is submitted.
            var prefill = new RiskFormValues(PolicyId: data.Text("policyId", RiskFormValues.MaxFieldLength), Section: data.Text("section", RiskFormValues.MaxFieldLength));
            return AdaptiveCardInvokeResponse.Card(RiskCommand.Form(prefill, policies, o, text: await LanguageAsync(context, cancellationToken)));
        }

        var actor = RiskActor.From(await actors.ResolveAsync(context.Actor, cancellationToken));
        var origin = context.PressedCard;
        var reader = await readers.ForTurnAsync(context.Turn.Activity, cancellationToken);
        if (context.Verb == RiskVerbs.SubmitRequest)
        {
            var values = RiskFormValues.Read(data);
            var created = await service.RequestAsync(actor, values.ToInput(), origin, FormSubmissionKey.From(context.Turn.Activity, RiskVerbs.SubmitRequest, context.Actor.AadObjectId), cancellationToken);
            return created.Succeeded
                ? Card(created.Risk, created, actor, reader)
                : AdaptiveCardInvokeResponse.Card(RiskCommand.Form(values, policies, o, created.Errors.Count > 0 ? created.Errors : [new FieldError("", created.Message)],
                    text: await LanguageAsync(context, cancellationToken)));
        }

        if (CardReference(data, context.Verb) is not { } card)
        {
            return AdaptiveCardInvokeResponse.Error(400, "BadCardData", "This card does not name a risk acceptance; nothing was done.");
        }

        if (context.Verb == RiskVerbs.Edit)
        {
            return await EditAsync(actor, card, reader, cancellationToken);
        }

        if (context.Verb == RiskVerbs.Refresh)
        {
            // A refresh is this person's own view, wherever the card is: their times.
            return await RefreshAsync(actor, card, await readers.ForAsync(actor.Id, cancellationToken), cancellationToken);
        }

        RiskOutcome outcome;
        switch (context.Verb)
        {
            case RiskVerbs.Approve:
                outcome = await service.DecideAsync(actor, card, RiskDecisionKind.Approved, null, origin, cancellationToken);
                break;
            case RiskVerbs.Reject:
                outcome = await service.DecideAsync(actor, card, RiskDecisionKind.Rejected, data.Text("rejectComment", RiskFormValues.MaxFieldLength), origin, cancellationToken);
                break;
            case RiskVerbs.RequestChanges:
                outcome = await service.DecideAsync(actor, card, RiskDecisionKind.ChangesRequested, data.Text("changesComment", RiskFormValues.MaxFieldLength), origin, cancellationToken);
                break;
            case RiskVerbs.Resubmit:
                var values = RiskFormValues.Read(data);
                outcome = await service.ResubmitAsync(actor, card, values.ToInput(), origin, cancellationToken);
                if (outcome.Status == UseCaseStatus.Invalid && outcome.Errors.Count > 0)
                {
                    return AdaptiveCardInvokeResponse.Card(RiskCommand.Form(values, policies, o, outcome.Errors, (card.Reference, card.Version), await LanguageAsync(context, cancellationToken)));
                }

                break;
            case RiskVerbs.Renew:
                outcome = await lifecycle.RenewAsync(actor, card, data.SmallWholeNumber("durationDays"), origin, cancellationToken);
                break;
            case RiskVerbs.Withdraw:
                outcome = await lifecycle.WithdrawAsync(actor, card, origin, cancellationToken);
                break;
            default:
                outcome = await lifecycle.MarkRemediatedAsync(actor, card, origin, cancellationToken);
                break;
        }

        return await RespondAsync(outcome, actor, reader, cancellationToken);
    }

    /// <summary>The form pre-filled with the request, for its requester, while changes are requested and the card is current.</summary>
    private async Task<AdaptiveCardInvokeResponse> EditAsync(RiskActor actor, RiskCardReference card, TimeDisplay reader, CancellationToken cancellationToken)
    {
        if (await register.FindVisibleAsync(card.Reference, actor.Id, cancellationToken) is not var (risk, mayDecide))
        {
            return NotFound();
        }

        if (!risk.IsRequester(actor.Id))
        {
            return AdaptiveCardInvokeResponse.Card(RiskCard.Create(risk, new RiskCardViewer(actor.Id, mayDecide), reader,
                $"⚠ You can't act on {risk.Reference} this way: only its requester can edit it.", options.Value.MaxDurationDays));
        }

        if (risk.Status != RiskAcceptanceStatus.ChangesRequested || card.Version != risk.Version)
        {
            return AdaptiveCardInvokeResponse.Card(RiskCard.Create(risk, RiskCardViewer.ReadOnly(actor.Id), reader,
                $"⚠ {risk.Reference} is no longer waiting for your changes (it is {RiskAcceptance.Describe(risk.Status)}).", options.Value.MaxDurationDays));
        }

        return AdaptiveCardInvokeResponse.Card(RiskCommand.Form(RiskFormValues.From(risk), policies, options.Value, null, (risk.Reference, risk.Version),
            RiskLanguage.For((await readers.ForAsync(actor.Id, cancellationToken)).Culture)));
    }

    // A form answering a button is the presser's alone, even on a card in a chat: their language.
    private async Task<Localizer> LanguageAsync(CardActionContext context, CancellationToken cancellationToken) =>
        RiskLanguage.For((await readers.ForAsync(context.Actor.AadObjectId, cancellationToken)).Culture);

    /// <summary>
    /// The card's refresh: the request as it is now (whatever version the card showed, so a stale copy catches up) with
    /// the buttons the server resolves for the sender. Nothing changes; someone who may not see the request gets the
    /// not-found answer, as for a number that does not exist.
    /// </summary>
    private async Task<AdaptiveCardInvokeResponse> RefreshAsync(RiskActor actor, RiskCardReference card, TimeDisplay reader, CancellationToken cancellationToken) =>
        await register.FindVisibleAsync(card.Reference, actor.Id, cancellationToken) is var (risk, mayDecide)
            ? AdaptiveCardInvokeResponse.Card(RiskCard.Create(risk, new RiskCardViewer(actor.Id, mayDecide), reader, null, options.Value.MaxDurationDays))
            : NotFound();

    private async Task<AdaptiveCardInvokeResponse> RespondAsync(RiskOutcome outcome, RiskActor actor, TimeDisplay reader, CancellationToken cancellationToken)
    {
        if (outcome.Risk is not { } risk)
        {
            return outcome.Status == UseCaseStatus.NotFound ? NotFound() : AdaptiveCardInvokeResponse.Error(400, outcome.Status.ToString(), outcome.Message);
        }

        // The services asked already; asked again here for every outcome (done, stale, refused) because this is
        // where the card is rendered: nothing about a request reaches someone who may not see it.
        var (mayView, mayDecide) = await register.AccessAsync(risk, actor.Id, cancellationToken);
        if (!mayView)
        {
            return NotFound();
        }

        return outcome.Status is UseCaseStatus.Succeeded or UseCaseStatus.Stale
            ? Card(risk, outcome, actor, reader)
            : AdaptiveCardInvokeResponse.Card(RiskCard.Create(risk, new RiskCardViewer(actor.Id, mayDecide), reader, "⚠ " + outcome.Message, options.Value.MaxDurationDays));
    }

    /// <summary>The one answer for a missing number and for a request the clicker may not see (byte for byte the same).</summary>
    private static AdaptiveCardInvokeResponse NotFound() =>
        AdaptiveCardInvokeResponse.Error(404, nameof(UseCaseStatus.NotFound), RiskOutcome.NotFoundMessage);

    private AdaptiveCardInvokeResponse Card(RiskAcceptance risk, RiskOutcome outcome, RiskActor actor, TimeDisplay reader)
    {
        var prefix = outcome.Status == UseCaseStatus.Stale ? "⚠ " : "✓ ";
        var headline = RiskLanguage.For(reader.Culture).Headline(risk, outcome.Code, outcome.Arguments, outcome.Message);
        return AdaptiveCardInvokeResponse.Card(RiskCard.Create(risk, new RiskCardViewer(actor.Id, outcome.ActorMayDecide), reader, prefix + headline, options.Value.MaxDurationDays));
    }

    private static RiskCardReference? CardReference(CardActionData data, string verb)
    {
        var id = data.Text("id", RiskFormValues.MaxFieldLength);
        var version = data.WholeNumber("version");
        if (id is null || version is null)
        {
            return null;
        }

        var decision = verb is RiskVerbs.Approve or RiskVerbs.Reject or RiskVerbs.RequestChanges;
        return new RiskCardReference(id, version.Value, decision ? data.SmallWholeNumber("stage") : null);
    }
}

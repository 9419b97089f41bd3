using Microsoft.Extensions.Options;

namespace SecurityBot.Attestation.Teams;

/// <summary>
/// The starter's side of a campaign: "Next" on the form (count, then confirm), "Send", "Change", and "Refresh" on the
/// progress card, "Export CSV". Who may is decided on the server each time; the data only names a campaign.
/// </summary>
internal sealed class CampaignActionHandler(
    CampaignDrafts drafts,
    CampaignStarts starts,
    CampaignReader reader,
    CampaignExports exports,
    Reattestations reattestations,
    ActorResolver actors,
    IPolicyDocuments policies,
    IOptions<AttestationOptions> options,
    TimeProvider time) : ICardActionHandler
{
    public IReadOnlyCollection<string> Verbs { get; } = [AttestationVerbs.Preview, AttestationVerbs.Send, AttestationVerbs.Edit, AttestationVerbs.Status, AttestationVerbs.Export];

    public async Task<AdaptiveCardInvokeResponse> HandleAsync(CardActionContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        var actor = await actors.ResolveAsync(context.Actor, cancellationToken);
        if (context.Verb == AttestationVerbs.Preview)
        {
            return await PreviewAsync(context, actor, cancellationToken);
        }

        var number = context.Data.SmallWholeNumber("campaign");
        if (number is not > 0)
        {
            return AdaptiveCardInvokeResponse.Error(400, "BadRequest", "This card does not say which campaign it is about.");
        }

        switch (context.Verb)
        {
            case AttestationVerbs.Send:
                // The figures name people and departments: only a card in the owner's own chat keeps following them.
                var pressed = PrivateReplies.IsShared(context.Turn.Activity) ? null : context.PressedCard;
                var started = await starts.StartAsync(number.Value, actor, pressed, cancellationToken);
                return started.Campaign is { } campaign && started.Succeeded
                    ? AdaptiveCardInvokeResponse.Card(ProgressCard.Create(campaign, await reader.ProgressAsync(campaign, cancellationToken)))
                    : Error(started);
            case AttestationVerbs.Export:
                // The card stays as it is; the file arrives in the presser's own 1:1 chat, whoever else sees this card.
                var exported = await exports.ExportAsync(number.Value, actor, cancellationToken);
                return exported.Succeeded ? AdaptiveCardInvokeResponse.Message(exported.Message) : Error(exported);
            default:
                var read = await reader.ReadAsync(number.Value, actor.Id, cancellationToken);
                if (read.Campaign is not { } found)
                {
                    return Error(read);
                }

                // "Change" on a re-attestation's draft keeps the comparison with the campaign it came from.
                return context.Verb == AttestationVerbs.Edit && found.Status == CampaignStatus.Draft
                    ? AdaptiveCardInvokeResponse.Card(CampaignFormCard.Create(policies, options.Value,
                        CampaignFormValues.From(found, await reattestations.PreviousNumberAsync(found, cancellationToken)), Today()))
                    : AdaptiveCardInvokeResponse.Card(ProgressCard.Create(found, await reader.ProgressAsync(found, cancellationToken)));
        }
    }

    private async Task<AdaptiveCardInvokeResponse> PreviewAsync(CardActionContext context, ResolvedActor actor, CancellationToken cancellationToken)
    {
        var (request, values, error) = CampaignFormReader.Read(context.Data);
        if (error is not null)
        {
            return AdaptiveCardInvokeResponse.Card(CampaignFormCard.Create(policies, options.Value, values, Today(), [error]));
        }

        var outcome = await drafts.DraftAsync(actor, request, cancellationToken);
        return outcome switch
        {
            { Succeeded: true, Campaign: { } campaign } => AdaptiveCardInvokeResponse.Card(CampaignFormCard.Confirm(campaign)),
            { Status: UseCaseStatus.Invalid } => AdaptiveCardInvokeResponse.Card(CampaignFormCard.Create(policies, options.Value, values, Today(), outcome.Errors ?? [new FieldError("policy", outcome.Message)])),
            _ => Error(outcome),
        };
    }

    private DateOnly Today() => new ReminderSchedule(options.Value).Today(time.GetUtcNow());

    private static AdaptiveCardInvokeResponse Error(CampaignOutcome outcome) => outcome.Status switch
    {
        UseCaseStatus.NotFound => AdaptiveCardInvokeResponse.Error(404, "NotFound", outcome.Message),
        UseCaseStatus.Forbidden => AdaptiveCardInvokeResponse.Error(403, "Forbidden", outcome.Message),
        _ => AdaptiveCardInvokeResponse.Error(400, "BadRequest", outcome.Message),
    };
}

using Microsoft.Extensions.Options;

namespace SecurityBot.Attestation.Teams;

/// <summary>
/// "Draft re-attestation" on the offer of a new policy version: answers with the campaign form filled in (the same
/// audience, a due date two weeks ahead, a message naming the changed sections); its "Next" drafts as any campaign
/// does, compared with the earlier campaign. Who may, and whether the version is still current, is decided on the
/// server; the data only names a policy and version.
/// </summary>
internal sealed class ReattestActionHandler(
    Reattestations reattestations,
    ActorResolver actors,
    IPolicyDocuments policies,
    IOptions<AttestationOptions> options,
    TimeProvider time) : ICardActionHandler
{
    private const int MaxDataLength = 64;

    public IReadOnlyCollection<string> Verbs { get; } = [AttestationVerbs.Reattest];

    public async Task<AdaptiveCardInvokeResponse> HandleAsync(CardActionContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        var actor = await actors.ResolveAsync(context.Actor, cancellationToken);
        var plan = await reattestations.PlanAsync(actor, context.Data.Text("policy", MaxDataLength)?.Trim(), context.Data.Text("version", MaxDataLength)?.Trim(), cancellationToken);
        return plan switch
        {
            { Succeeded: true, Previous: { } previous } => AdaptiveCardInvokeResponse.Card(CampaignFormCard.Create(policies, options.Value,
                new CampaignFormValues(plan.PolicyId, previous.AudienceKind, previous.AudienceValue, plan.DueOn, plan.Text, previous.Number),
                new ReminderSchedule(options.Value).Today(time.GetUtcNow()))),
            // The offer stays as it is: the sentence says the version moved on and where the current offer is.
            { Status: UseCaseStatus.Stale } => AdaptiveCardInvokeResponse.Message(plan.Message),
            { Status: UseCaseStatus.Forbidden } => AdaptiveCardInvokeResponse.Error(403, "Forbidden", plan.Message),
            { Status: UseCaseStatus.NotFound } => AdaptiveCardInvokeResponse.Error(404, "NotFound", plan.Message),
            _ => AdaptiveCardInvokeResponse.Error(400, "BadRequest", plan.Message),
        };
    }
}

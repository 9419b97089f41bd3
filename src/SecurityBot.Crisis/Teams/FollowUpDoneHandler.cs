namespace SecurityBot.Crisis.Teams;

/// <summary>
/// "Done" on a follow-up reminder (verb <see cref="ReviewVerbs.FollowUpDone"/>): the data names the incident and the
/// action's number; who may mark it done (the owner, the security lead, the CSO) is decided on the server. The
/// reminder becomes the "done" notice; a second press gets the same notice.
/// </summary>
internal sealed class FollowUpDoneHandler(FollowUps followUps, ActorResolver actors) : ICardActionHandler
{
    public IReadOnlyCollection<string> Verbs { get; } = [ReviewVerbs.FollowUpDone];

    public async Task<AdaptiveCardInvokeResponse> HandleAsync(CardActionContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        var number = context.Data.Text("incident", 32)?.Trim().ToUpperInvariant();
        var action = context.Data.SmallWholeNumber("action");
        if (string.IsNullOrWhiteSpace(number) || action is not > 0)
        {
            return AdaptiveCardInvokeResponse.Error(400, "BadRequest", "This card does not say which follow-up it is about.");
        }

        var actor = await actors.ResolveAsync(context.Actor, cancellationToken);
        var outcome = await followUps.MarkDoneAsync(number, action.Value, actor, cancellationToken);
        return outcome switch
        {
            { Status: UseCaseStatus.Succeeded, Action: { } done } => AdaptiveCardInvokeResponse.Card(FollowUpCard.Done(number, done, outcome.Message)),
            { Status: UseCaseStatus.NotFound } => AdaptiveCardInvokeResponse.Error(404, "NotFound", outcome.Message),
            _ => AdaptiveCardInvokeResponse.Error(400, "BadRequest", outcome.Message),
        };
    }
}

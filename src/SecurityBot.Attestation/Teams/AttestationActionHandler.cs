namespace SecurityBot.Attestation.Teams;

/// <summary>
/// The audience's side: "I have read and accept" (the card becomes the receipt), "Read the full policy" and "I have a
/// question". The person is whoever pressed (the authenticated activity); the data only names the campaign, and a
/// campaign that does not ask them answers 404, the same as one that does not exist.
/// </summary>
internal sealed class AttestationActionHandler(Acceptances acceptances, Questions questions, AttestationStore store, ActorResolver actors) : ICardActionHandler
{
    public IReadOnlyCollection<string> Verbs { get; } = [AttestationVerbs.Accept, AttestationVerbs.Read, AttestationVerbs.Question];

    public async Task<AdaptiveCardInvokeResponse> HandleAsync(CardActionContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        var number = context.Data.SmallWholeNumber("campaign");
        if (number is not > 0)
        {
            return AdaptiveCardInvokeResponse.Error(400, "BadRequest", "This card does not say which campaign it is about.");
        }

        var actor = await actors.ResolveAsync(context.Actor, cancellationToken);
        switch (context.Verb)
        {
            case AttestationVerbs.Accept:
                var accepted = await acceptances.AcceptAsync(number.Value, actor, context.PressedCard, cancellationToken);
                return accepted is { Status: UseCaseStatus.Succeeded, Campaign: { } campaign, Member: { } member }
                    ? AdaptiveCardInvokeResponse.Card(AttestationCard.Receipt(campaign, member))
                    : Error(accepted);
            case AttestationVerbs.Question:
                var asked = await questions.AskAsync(number.Value, actor, context.Data.Text("question", AudienceMember.MaxQuestionLength + 1), cancellationToken);
                return asked.Status == UseCaseStatus.Succeeded ? AdaptiveCardInvokeResponse.Message(asked.Message) : Error(asked);
            default:
                var found = await store.ReadAsync(number.Value, cancellationToken);
                var inAudience = found is not null && found.Status != CampaignStatus.Draft && await store.FindMemberAsync(found.Id, actor.Id, cancellationToken) is not null;
                return inAudience
                    ? AdaptiveCardInvokeResponse.Card(AttestationCard.FullText(found!, found!.Policy))
                    : Error(AcceptOutcome.NotFound(number.Value));
        }
    }

    private static AdaptiveCardInvokeResponse Error(AcceptOutcome outcome) => outcome.Status switch
    {
        UseCaseStatus.NotFound => AdaptiveCardInvokeResponse.Error(404, "NotFound", outcome.Message),
        _ => AdaptiveCardInvokeResponse.Error(400, "BadRequest", outcome.Message),
    };
}

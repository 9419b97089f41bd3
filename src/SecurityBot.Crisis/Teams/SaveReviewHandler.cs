namespace SecurityBot.Crisis.Teams;

/// <summary>
/// "Save review" on the review card (verb <see cref="ReviewVerbs.Save"/>): the data names the incident, the inputs
/// come with it; who may save is decided on the server. Saved, the card becomes the read-only record; refused for
/// a bad line or an unknown owner, the form comes back with the errors and what was typed.
/// </summary>
internal sealed class SaveReviewHandler(PostIncidentReviews reviews, ActorResolver actors) : ICardActionHandler
{
    private const int MaxInputLength = 10_000;

    public IReadOnlyCollection<string> Verbs { get; } = [ReviewVerbs.Save];

    public async Task<AdaptiveCardInvokeResponse> HandleAsync(CardActionContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        var number = context.Data.Text("incident", 32)?.Trim().ToUpperInvariant();
        if (string.IsNullOrWhiteSpace(number))
        {
            return AdaptiveCardInvokeResponse.Error(400, "BadRequest", "This card does not say which incident it is about.");
        }

        var data = context.Data;
        var input = new ReviewInput(data.Text("whatHappened", MaxInputLength), data.Text("impact", MaxInputLength), data.Text("rootCause", MaxInputLength),
            data.Text("wentWell", MaxInputLength), data.Text("toChange", MaxInputLength), data.Text("actions", MaxInputLength));
        var actor = await actors.ResolveAsync(context.Actor, cancellationToken);
        var outcome = await reviews.SaveAsync(number, actor, input, cancellationToken);
        return outcome switch
        {
            { Status: UseCaseStatus.Succeeded, Room: { } room, Review: { } review } => AdaptiveCardInvokeResponse.Card(ReviewCard.Record(room, review)),
            { Status: UseCaseStatus.Invalid } => AdaptiveCardInvokeResponse.Card(ReviewCard.Form(number, outcome.Room?.Topic ?? number, input, outcome.Errors)),
            { Status: UseCaseStatus.Forbidden } => AdaptiveCardInvokeResponse.Error(403, "Forbidden", outcome.Errors[0]),
            _ => AdaptiveCardInvokeResponse.Error(400, "BadRequest", outcome.Errors.Count > 0 ? outcome.Errors[0] : "The review was not saved."),
        };
    }
}

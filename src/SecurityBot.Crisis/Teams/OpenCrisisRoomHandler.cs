namespace SecurityBot.Crisis.Teams;

/// <summary>
/// "Open crisis room" on a triage card (verb <see cref="CapabilityVerbs.OpenCrisisRoom"/>): the data names the
/// incident only; who may open it is decided on the server. The answer is a message, the triage card stays as it is.
/// </summary>
internal sealed class OpenCrisisRoomHandler(CrisisDeclarations declarations, ActorResolver actors) : ICardActionHandler
{
    public IReadOnlyCollection<string> Verbs { get; } = [CapabilityVerbs.OpenCrisisRoom];

    public async Task<AdaptiveCardInvokeResponse> HandleAsync(CardActionContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        var number = context.Data.Text("incident", 32);
        if (string.IsNullOrWhiteSpace(number))
        {
            return AdaptiveCardInvokeResponse.Error(400, "BadRequest", "This card does not say which incident it is about.");
        }

        var actor = await actors.ResolveAsync(context.Actor, cancellationToken);
        var outcome = await declarations.DeclareAsync(number.Trim().ToUpperInvariant(), actor, cancellationToken);
        return outcome.Status switch
        {
            UseCaseStatus.Succeeded => AdaptiveCardInvokeResponse.Message(outcome.Message),
            UseCaseStatus.NotFound => AdaptiveCardInvokeResponse.Error(404, "NotFound", outcome.Message),
            UseCaseStatus.Forbidden => AdaptiveCardInvokeResponse.Error(403, "Forbidden", outcome.Message),
            _ => AdaptiveCardInvokeResponse.Error(400, "BadRequest", outcome.Message),
        };
    }
}

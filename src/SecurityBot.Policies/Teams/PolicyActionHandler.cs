using SecurityBot.BotFramework.Schema.Teams;
using SecurityBot.Cards;
using SecurityBot.Platform.Chat;
using SecurityBot.Platform.Regional;

namespace SecurityBot.Policies.Teams;

/// <summary>
/// "Open full policy" and "did you mean" / "Back to answers" buttons. The answer replaces the card for the person
/// who pressed only, so a card shared in a chat does not change under everyone else. Policies are public to every
/// employee who can reach the bot, so no role check is needed; the data only names what to show.
/// </summary>
internal sealed class PolicyActionHandler(PolicyResponder responder, ITimeDisplays? readers = null) : ICardActionHandler
{
    /// <summary>
    /// Longest value read from the card data. Our cards carry a query already bounded to this and ids and section
    /// numbers far shorter; the query is bounded again before it is searched.
    /// </summary>
    private const int MaxFieldLength = PolicyQueryText.MaxChars;

    public IReadOnlyCollection<string> Verbs { get; } = [PolicyVerbs.Open, PolicyVerbs.Search];

    public async Task<AdaptiveCardInvokeResponse> HandleAsync(CardActionContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        return context.Verb switch
        {
            PolicyVerbs.Open => Open(context.Data, await PolicyLanguage.ForPersonAsync(readers, context.Actor.AadObjectId, cancellationToken)),
            // The answer replaces the card for the presser only: their language.
            PolicyVerbs.Search => AdaptiveCardInvokeResponse.Card(responder.Respond(PolicyRequest.Search(context.Data.Text("query", MaxFieldLength) ?? string.Empty),
                await PolicyLanguage.ForPersonAsync(readers, context.Actor.AadObjectId, cancellationToken)).ToJsonElement()),
            _ => AdaptiveCardInvokeResponse.Error(400, "UnknownVerb", "This button is not handled by the policy library."),
        };
    }

    private AdaptiveCardInvokeResponse Open(CardActionData data, Localizer language)
    {
        var id = data.Text("policyId", MaxFieldLength);
        if (string.IsNullOrWhiteSpace(id))
        {
            return AdaptiveCardInvokeResponse.Error(400, "BadRequest", "The button did not say which policy to open.");
        }

        var policy = PolicyRequestParser.ById(responder.Library, id);
        if (policy is null)
        {
            // The library was reloaded without this policy since the card was sent; keep the card, explain.
            return AdaptiveCardInvokeResponse.Message("That policy is no longer in the library. Type \"policies\" to see the current ones.");
        }

        var section = data.Text("section", MaxFieldLength) is { } number ? policy.FindSection(number) : null;
        return AdaptiveCardInvokeResponse.Card(PolicyDocumentCards.Full(policy, section, data.Text("query", MaxFieldLength), language).ToJsonElement());
    }
}

using SecurityBot.Cards;

namespace SecurityBot.Policies.Teams;

/// <summary>Turns a policy request into the card that answers it; shared by the command, free text and card actions.</summary>
internal sealed class PolicyResponder(IPolicyLibrary library, IPolicySearch search)
{
    /// <summary>The issue asks for the best three sections; more makes the card too long to read in a chat.</summary>
    public const int AnswersShown = 3;

    public IPolicyLibrary Library { get; } = library;

    /// <summary>Parses the text after "policy" and answers it.</summary>
    public AdaptiveCard Respond(string? arguments, Localizer? text = null) => Respond(PolicyRequestParser.Parse(arguments, Library), text);

    /// <summary>The answer card; a search answer's words in <paramref name="text"/>'s language (English when null).</summary>
    public AdaptiveCard Respond(PolicyRequest request, Localizer? text = null)
    {
        ArgumentNullException.ThrowIfNull(request);
        return request.Kind switch
        {
            PolicyRequestKind.Status => PolicyLoadReportCard.Create(Library.LoadReport),
            PolicyRequestKind.Show when request.Policy is { } policy => PolicyDocumentCards.Summary(policy, text),
            PolicyRequestKind.Search => PolicyAnswerCards.Answers(Search(request.Text), text),
            _ => PolicyDocumentCards.Library(Library.Policies, text),
        };
    }

    /// <summary>Searches <paramref name="question"/> (bounded); never throws on user text.</summary>
    public PolicySearchResult Search(string? question, int top = AnswersShown) => search.Search(PolicyQueryText.Bound(question), top);
}

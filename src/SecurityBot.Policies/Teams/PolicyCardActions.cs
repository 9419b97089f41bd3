using System.Text.Json.Nodes;
using SecurityBot.Cards;
using SecurityBot.Policies.Teams.Resources;

namespace SecurityBot.Policies.Teams;

/// <summary>The buttons policy cards carry.</summary>
internal static class PolicyCardActions
{
    /// <summary>Button titles are shown literally and shrink with an ellipsis when a row is full.</summary>
    private const int MaxSearchTitle = 40;

    /// <summary>
    /// "Open full policy": the authoritative copy when the policy has a URL, otherwise the full-policy card in place
    /// of this one. <paramref name="query"/>, when given, lets the full-policy card offer "Back to answers".
    /// </summary>
    public static CardAction OpenFullPolicy(Policy policy, PolicySection? section = null, string? query = null, Localizer? text = null)
    {
        var title = (text ?? PolicyLanguage.English)[nameof(PolicyTexts.Action_OpenFull)];
        if (policy.Url is { } url)
        {
            return new OpenUrlAction(title, url);
        }

        var data = new JsonObject { ["policyId"] = policy.Id };
        if (section is not null)
        {
            data["section"] = section.Number;
        }

        if (!string.IsNullOrWhiteSpace(query))
        {
            data["query"] = PolicyQueryText.Bound(query);
        }

        return new ExecuteAction(title, PolicyVerbs.Open, data) { AssociatedInputs = AssociatedInputs.None };
    }

    /// <summary>
    /// "Request an exception": the risk-acceptance request pre-filled with the policy and, when the answer cites
    /// one, the section (omitted for the whole policy).
    /// </summary>
    public static CardAction RequestException(Policy policy, PolicySection? section = null, Localizer? text = null)
    {
        var data = new JsonObject { ["policyId"] = policy.Id };
        if (section is not null)
        {
            data["section"] = section.Number;
        }

        return new ExecuteAction((text ?? PolicyLanguage.English)[nameof(PolicyTexts.Action_RequestException)], PolicyVerbs.RequestException, data) { AssociatedInputs = AssociatedInputs.None };
    }

    /// <summary>A button that answers <paramref name="query"/> in place of the card.</summary>
    public static CardAction Search(string title, string query) =>
        new ExecuteAction(CardText.Plain(CardText.Truncate(title, MaxSearchTitle)), PolicyVerbs.Search, new JsonObject
        {
            ["query"] = PolicyQueryText.Bound(query),
        })
        {
            AssociatedInputs = AssociatedInputs.None,
        };
}

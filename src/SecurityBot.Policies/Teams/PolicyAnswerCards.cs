using System.Globalization;
using SecurityBot.Cards;

namespace SecurityBot.Policies.Teams;

/// <summary>Cards answering a policy question: the ranked sections, or "no match" with suggestions.</summary>
internal static class PolicyAnswerCards
{
    private const int MaxQuestionShown = 120;
    private const int MaxSuggestions = 5;

    /// <summary>The top answers, each with its citation, highlighted excerpt and next steps; <see cref="NoMatch"/> when there are none.</summary>
    public static AdaptiveCard Answers(PolicySearchResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        if (!result.HasHits)
        {
            return NoMatch(result);
        }

        var card = new AdaptiveCard
        {
            FallbackText = CardText.Plain("Policy answers: " + string.Join("; ", result.Hits.Select(h => h.Citation))),
            Body =
            {
                TextBlock.Heading("What the policies say"),
                new TextBlock("You asked: " + Quoted(result.Query)) { Wrap = true, IsSubtle = true, Spacing = Spacing.None },
            },
        };
        if (result.Corrections.Count > 0)
        {
            var corrections = string.Join(", ", result.Corrections.Select(c =>
                $"**{CardText.Escape(c.Corrected)}** instead of “{CardText.Escape(CardText.Truncate(c.Original, 40))}”"));
            card.Body.Add(new TextBlock("Searched for " + corrections) { Wrap = true, IsSubtle = true, Spacing = Spacing.None });
        }

        foreach (var hit in result.Hits)
        {
            card.Body.Add(Answer(hit, result.Query));
        }

        return card;
    }

    /// <summary>One answer on its own card — what the compose-box search drops into a chat.</summary>
    public static AdaptiveCard Single(PolicySearchHit hit)
    {
        ArgumentNullException.ThrowIfNull(hit);
        var answer = Answer(hit, query: null);
        answer.Separator = null;
        answer.Spacing = null;
        return new AdaptiveCard { FallbackText = CardText.Plain(hit.Citation), Body = { answer } };
    }

    /// <summary>Nothing matched: say so plainly and offer close words (or the library's main topics) as buttons.</summary>
    public static AdaptiveCard NoMatch(PolicySearchResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        var card = new AdaptiveCard
        {
            FallbackText = "No policy section matches that question.",
            Body =
            {
                TextBlock.Heading("No policy matches that"),
                new TextBlock($"I found nothing in the security policies for {Quoted(result.Query)}.") { Wrap = true },
            },
        };
        var suggestions = result.Suggestions.Where(s => !string.IsNullOrWhiteSpace(s)).Take(MaxSuggestions).ToList();
        if (suggestions.Count > 0)
        {
            card.Body.Add(new TextBlock("Did you mean:") { Wrap = true, IsSubtle = true, Spacing = Spacing.Medium });
            card.Body.Add(new ActionSet(suggestions.Select(s => PolicyCardActions.Search(s, s))) { Spacing = Spacing.Small });
        }

        card.Body.Add(new TextBlock("Type **policies** to see every policy, or ask the security team.") { Wrap = true, IsSubtle = true });
        return card;
    }

    /// <summary>"Removable Media Policy §2.2 Personal USB devices", the version line, the excerpt and the two buttons.</summary>
    private static Container Answer(PolicySearchHit hit, string? query)
    {
        var policy = hit.Policy;
        return new Container(
            new TextBlock($"**{PolicyMarkdown.Escape(policy.Title)}** · §{PolicyMarkdown.Escape(hit.Section.Number)} {PolicyMarkdown.Escape(hit.Section.Heading)}")
            {
                Wrap = true,
            },
            new TextBlock(VersionLine(policy)) { Wrap = true, IsSubtle = true, Spacing = Spacing.None, Size = TextSize.Small },
            new TextBlock(hit.Excerpt.ToHighlightedMarkdown(CardText.Escape)) { Wrap = true, Spacing = Spacing.Small },
            new ActionSet(
                PolicyCardActions.OpenFullPolicy(policy, hit.Section, query),
                PolicyCardActions.RequestException(policy, hit.Section))
            { Spacing = Spacing.Small })
        {
            Separator = true,
            Spacing = Spacing.Medium,
        };
    }

    internal static string VersionLine(Policy policy) =>
        string.Create(CultureInfo.InvariantCulture, $"Version {PolicyMarkdown.Escape(policy.Version)} · effective {policy.Effective:yyyy-MM-dd} · owner {PolicyMarkdown.Escape(policy.Owner)}");

    private static string Quoted(string query) => "“" + CardText.Escape(CardText.Truncate(query, MaxQuestionShown)) + "”";
}

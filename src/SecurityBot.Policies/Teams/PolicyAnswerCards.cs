using System.Globalization;
using SecurityBot.Cards;
using SecurityBot.Policies.Teams.Resources;

namespace SecurityBot.Policies.Teams;

/// <summary>
/// Cards answering a policy question: the ranked sections, or "no match" with suggestions. The words around the
/// answer are in the asker's language; the policy text is quoted as written.
/// </summary>
internal static class PolicyAnswerCards
{
    private const int MaxQuestionShown = 120;
    private const int MaxSuggestions = 5;

    /// <summary>The top answers, each with its citation, highlighted excerpt and next steps; <see cref="NoMatch"/> when there are none.</summary>
    public static AdaptiveCard Answers(PolicySearchResult result, Localizer? text = null)
    {
        ArgumentNullException.ThrowIfNull(result);
        text ??= PolicyLanguage.English;
        if (!result.HasHits)
        {
            return NoMatch(result, text);
        }

        var card = new AdaptiveCard
        {
            FallbackText = CardText.Plain(text.Format(nameof(PolicyTexts.Answers_Fallback), string.Join("; ", result.Hits.Select(h => h.Citation)))),
            Body =
            {
                TextBlock.Heading(text[nameof(PolicyTexts.Answers_Heading)]),
                new TextBlock(text.Format(nameof(PolicyTexts.Answers_YouAsked), Quoted(result.Query, text))) { Wrap = true, IsSubtle = true, Spacing = Spacing.None },
            },
        };
        if (result.Corrections.Count > 0)
        {
            var corrections = string.Join(", ", result.Corrections.Select(c => text.Format(nameof(PolicyTexts.Answers_InsteadOf),
                CardText.Escape(c.Corrected), text.Quote(CardText.Escape(CardText.Truncate(c.Original, 40))))));
            card.Body.Add(new TextBlock(text.Format(nameof(PolicyTexts.Answers_SearchedFor), corrections)) { Wrap = true, IsSubtle = true, Spacing = Spacing.None });
        }

        foreach (var hit in result.Hits)
        {
            card.Body.Add(Answer(hit, result.Query, text));
        }

        return card;
    }

    /// <summary>One answer on its own card — what the compose-box search drops into a chat.</summary>
    public static AdaptiveCard Single(PolicySearchHit hit)
    {
        ArgumentNullException.ThrowIfNull(hit);
        var answer = Answer(hit, query: null, PolicyLanguage.English);
        answer.Separator = null;
        answer.Spacing = null;
        return new AdaptiveCard { FallbackText = CardText.Plain(hit.Citation), Body = { answer } };
    }

    /// <summary>Nothing matched: say so plainly and offer close words (or the library's main topics) as buttons.</summary>
    public static AdaptiveCard NoMatch(PolicySearchResult result, Localizer? text = null)
    {
        ArgumentNullException.ThrowIfNull(result);
        text ??= PolicyLanguage.English;
        var card = new AdaptiveCard
        {
            FallbackText = text[nameof(PolicyTexts.NoMatch_Fallback)],
            Body =
            {
                TextBlock.Heading(text[nameof(PolicyTexts.NoMatch_Heading)]),
                new TextBlock(text.Format(nameof(PolicyTexts.NoMatch_Text), Quoted(result.Query, text))) { Wrap = true },
            },
        };
        var suggestions = result.Suggestions.Where(s => !string.IsNullOrWhiteSpace(s)).Take(MaxSuggestions).ToList();
        if (suggestions.Count > 0)
        {
            card.Body.Add(new TextBlock(text[nameof(PolicyTexts.NoMatch_DidYouMean)]) { Wrap = true, IsSubtle = true, Spacing = Spacing.Medium });
            card.Body.Add(new ActionSet(suggestions.Select(s => PolicyCardActions.Search(s, s))) { Spacing = Spacing.Small });
        }

        card.Body.Add(new TextBlock(text[nameof(PolicyTexts.NoMatch_Help)]) { Wrap = true, IsSubtle = true });
        return card;
    }

    /// <summary>"Removable Media Policy §2.2 Personal USB devices", the version line, the excerpt and the two buttons.</summary>
    private static Container Answer(PolicySearchHit hit, string? query, Localizer text)
    {
        var policy = hit.Policy;
        return new Container(
            new TextBlock($"**{PolicyMarkdown.Escape(policy.Title)}** · §{PolicyMarkdown.Escape(hit.Section.Number)} {PolicyMarkdown.Escape(hit.Section.Heading)}")
            {
                Wrap = true,
            },
            new TextBlock(VersionLine(policy, text)) { Wrap = true, IsSubtle = true, Spacing = Spacing.None, Size = TextSize.Small },
            new TextBlock(hit.Excerpt.ToHighlightedMarkdown(CardText.Escape)) { Wrap = true, Spacing = Spacing.Small },
            new ActionSet(
                PolicyCardActions.OpenFullPolicy(policy, hit.Section, query, text),
                PolicyCardActions.RequestException(policy, hit.Section, text))
            { Spacing = Spacing.Small })
        {
            Separator = true,
            Spacing = Spacing.Medium,
        };
    }

    internal static string VersionLine(Policy policy, Localizer? text = null)
    {
        text ??= PolicyLanguage.English;
        return text.Format(nameof(PolicyTexts.VersionLine), PolicyMarkdown.Escape(policy.Version),
            policy.Effective.ToString(text[nameof(PolicyTexts.DateFormat)], CultureInfo.InvariantCulture), PolicyMarkdown.Escape(policy.Owner));
    }

    private static string Quoted(string query, Localizer text) => text.Quote(CardText.Escape(CardText.Truncate(query, MaxQuestionShown)));
}

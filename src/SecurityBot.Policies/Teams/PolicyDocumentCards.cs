using System.Globalization;
using System.Text;
using SecurityBot.Cards;
using SecurityBot.Policies.Teams.Resources;

namespace SecurityBot.Policies.Teams;

/// <summary>Cards showing a policy itself: its summary (metadata and section list), the full text, the library list.</summary>
internal static class PolicyDocumentCards
{
    /// <summary>Teams refuses messages over about 28 KB; the full-policy card stops adding text well before that.</summary>
    private const int FullTextBudget = 12_000;

    private const int MaxSectionChars = 2_500;

    /// <summary>"policy passwords": who owns it, which version, and what it covers.</summary>
    public static AdaptiveCard Summary(Policy policy, Localizer? language = null)
    {
        ArgumentNullException.ThrowIfNull(policy);
        language ??= PolicyLanguage.English;
        var card = new AdaptiveCard
        {
            FallbackText = CardText.Plain($"{policy.Title} v{policy.Version}"),
            Body = { TextBlock.Heading(PolicyMarkdown.Escape(policy.Title)), Facts(policy, language) },
        };
        card.Body.Add(new TextBlock(language[nameof(PolicyTexts.Doc_Sections)]) { Wrap = true, Spacing = Spacing.Medium });
        var outline = new StringBuilder();
        foreach (var section in policy.Sections)
        {
            // Sub-sections indented with non-breaking spaces: markdown drops ordinary leading spaces.
            outline.Append(new string('\u00A0', (section.Depth - 1) * 4))
                .Append(PolicyMarkdown.Escape(section.Number)).Append("\u00A0\u00A0").Append(PolicyMarkdown.Escape(section.Heading)).Append("\n\n");
        }

        card.Body.Add(new TextBlock(outline.ToString().TrimEnd()) { Wrap = true, Spacing = Spacing.Small });
        card.Actions.Add(PolicyCardActions.OpenFullPolicy(policy, text: language));
        card.Actions.Add(PolicyCardActions.RequestException(policy, text: language));
        return card;
    }

    /// <summary>
    /// The whole policy, section by section (a long policy is cut with a pointer to the full copy). When
    /// <paramref name="query"/> is given (opened from an answer), "Back to answers" returns to them.
    /// </summary>
    public static AdaptiveCard Full(Policy policy, PolicySection? focus = null, string? query = null, Localizer? language = null)
    {
        ArgumentNullException.ThrowIfNull(policy);
        language ??= PolicyLanguage.English;
        var card = new AdaptiveCard
        {
            FallbackText = CardText.Plain($"{policy.Title} v{policy.Version}"),
            Body =
            {
                TextBlock.Heading(PolicyMarkdown.Escape(policy.Title)),
                new TextBlock(PolicyAnswerCards.VersionLine(policy, language)) { Wrap = true, IsSubtle = true, Spacing = Spacing.None, Size = TextSize.Small },
            },
        };
        var used = 0;
        foreach (var section in policy.Sections)
        {
            if (used > FullTextBudget)
            {
                card.Body.Add(new TextBlock(language[policy.Url is null ? nameof(PolicyTexts.Doc_TooLongAsk) : nameof(PolicyTexts.Doc_TooLongOpen)])
                {
                    Wrap = true,
                    IsSubtle = true,
                });
                break;
            }

            var text = CardText.Truncate(section.Text, MaxSectionChars);
            used += text.Length + section.Heading.Length;
            var heading = new TextBlock($"{PolicyMarkdown.Escape(section.Number)}\u00A0\u00A0{PolicyMarkdown.Escape(section.Heading)}")
            {
                Wrap = true,
                Weight = TextWeight.Bolder,
                Spacing = Spacing.Medium,
            };
            var isFocus = ReferenceEquals(section, focus);
            var items = new List<CardElement> { heading };
            if (text.Length > 0)
            {
                items.Add(new TextBlock(CardText.Escape(text)) { Wrap = true, Spacing = Spacing.Small });
            }

            // The section the answer cited stands out, so the reader does not have to find it again.
            card.Body.Add(isFocus ? new Container(items) { Style = ContainerStyle.Emphasis, Bleed = true, Spacing = Spacing.Medium } : new Container(items));
        }

        if (!string.IsNullOrWhiteSpace(query))
        {
            card.Actions.Add(PolicyCardActions.Search(language[nameof(PolicyTexts.Doc_BackToAnswers)], query));
        }

        if (policy.Url is not null)
        {
            card.Actions.Add(PolicyCardActions.OpenFullPolicy(policy, text: language));
        }

        card.Actions.Add(PolicyCardActions.RequestException(policy, focus, language));
        return card;
    }

    /// <summary>"policies": every policy with its id (what to type) and version.</summary>
    public static AdaptiveCard Library(IReadOnlyList<Policy> policies, Localizer? language = null)
    {
        ArgumentNullException.ThrowIfNull(policies);
        language ??= PolicyLanguage.English;
        var card = new AdaptiveCard
        {
            FallbackText = language.Format(nameof(PolicyTexts.Library_Fallback), policies.Count),
            Body =
            {
                TextBlock.Heading(language[nameof(PolicyTexts.Library_Heading)]),
                new TextBlock(language[nameof(PolicyTexts.Library_Intro)])
                {
                    Wrap = true,
                    IsSubtle = true,
                    Spacing = Spacing.None,
                },
            },
        };
        if (policies.Count == 0)
        {
            card.Body.Add(new TextBlock(language[nameof(PolicyTexts.Library_Empty)]) { Wrap = true });
            return card;
        }

        // One row per policy, the id (what to type) on the right and never wrapped: a fact set squeezed ids such
        // as "data-classification" into broken lines.
        foreach (var policy in policies.OrderBy(p => p.Title, StringComparer.OrdinalIgnoreCase))
        {
            card.Body.Add(new ColumnSet(
                new Column(ColumnWidth.Stretch, new TextBlock($"**{PolicyMarkdown.Escape(policy.Title)}** v{PolicyMarkdown.Escape(policy.Version)}") { Wrap = true }),
                new Column(ColumnWidth.Auto, new TextBlock(PolicyMarkdown.Escape(policy.Id)) { IsSubtle = true }))
            {
                Spacing = Spacing.Small,
            });
        }

        return card;
    }

    private static FactSet Facts(Policy policy, Localizer language) => new(
        new Fact(language[nameof(PolicyTexts.Fact_Version)], PolicyMarkdown.Escape(policy.Version)),
        new Fact(language[nameof(PolicyTexts.Fact_Owner)], PolicyMarkdown.Escape(policy.Owner)),
        new Fact(language[nameof(PolicyTexts.Fact_Effective)], policy.Effective.ToString(language[nameof(PolicyTexts.DateFormat)], CultureInfo.InvariantCulture)),
        new Fact(language[nameof(PolicyTexts.Fact_NextReview)], policy.Review.ToString(language[nameof(PolicyTexts.DateFormat)], CultureInfo.InvariantCulture)),
        new Fact(language[nameof(PolicyTexts.Fact_Classification)], policy.Classification.ToString()),
        new Fact(language[nameof(PolicyTexts.Fact_Id)], PolicyMarkdown.Escape(policy.Id)));
}

using System.Globalization;
using System.Text;
using SecurityBot.Cards;

namespace SecurityBot.Policies.Teams;

/// <summary>Cards showing a policy itself: its summary (metadata and section list), the full text, the library list.</summary>
internal static class PolicyDocumentCards
{
    /// <summary>Teams refuses messages over about 28 KB; the full-policy card stops adding text well before that.</summary>
    private const int FullTextBudget = 12_000;

    private const int MaxSectionChars = 2_500;

    /// <summary>"policy passwords": who owns it, which version, and what it covers.</summary>
    public static AdaptiveCard Summary(Policy policy)
    {
        ArgumentNullException.ThrowIfNull(policy);
        var card = new AdaptiveCard
        {
            FallbackText = CardText.Plain($"{policy.Title} v{policy.Version}"),
            Body = { TextBlock.Heading(PolicyMarkdown.Escape(policy.Title)), Facts(policy) },
        };
        card.Body.Add(new TextBlock("**Sections**") { Wrap = true, Spacing = Spacing.Medium });
        var outline = new StringBuilder();
        foreach (var section in policy.Sections)
        {
            // Sub-sections indented with non-breaking spaces: markdown drops ordinary leading spaces.
            outline.Append(new string('\u00A0', (section.Depth - 1) * 4))
                .Append(PolicyMarkdown.Escape(section.Number)).Append("\u00A0\u00A0").Append(PolicyMarkdown.Escape(section.Heading)).Append("\n\n");
        }

        card.Body.Add(new TextBlock(outline.ToString().TrimEnd()) { Wrap = true, Spacing = Spacing.Small });
        card.Actions.Add(PolicyCardActions.OpenFullPolicy(policy));
        card.Actions.Add(PolicyCardActions.RequestException(policy));
        return card;
    }

    /// <summary>
    /// The whole policy, section by section (a long policy is cut with a pointer to the full copy). When
    /// <paramref name="query"/> is given (opened from an answer), "Back to answers" returns to them.
    /// </summary>
    public static AdaptiveCard Full(Policy policy, PolicySection? focus = null, string? query = null)
    {
        ArgumentNullException.ThrowIfNull(policy);
        var card = new AdaptiveCard
        {
            FallbackText = CardText.Plain($"{policy.Title} v{policy.Version}"),
            Body =
            {
                TextBlock.Heading(PolicyMarkdown.Escape(policy.Title)),
                new TextBlock(PolicyAnswerCards.VersionLine(policy)) { Wrap = true, IsSubtle = true, Spacing = Spacing.None, Size = TextSize.Small },
            },
        };
        var used = 0;
        foreach (var section in policy.Sections)
        {
            if (used > FullTextBudget)
            {
                card.Body.Add(new TextBlock("The rest of this policy is too long for a card"
                    + (policy.Url is null ? "; ask the policy owner for the document." : "; open the full policy."))
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
            card.Actions.Add(PolicyCardActions.Search("Back to answers", query));
        }

        if (policy.Url is not null)
        {
            card.Actions.Add(PolicyCardActions.OpenFullPolicy(policy));
        }

        card.Actions.Add(PolicyCardActions.RequestException(policy, focus));
        return card;
    }

    /// <summary>"policies": every policy with its id (what to type) and version.</summary>
    public static AdaptiveCard Library(IReadOnlyList<Policy> policies)
    {
        ArgumentNullException.ThrowIfNull(policies);
        var card = new AdaptiveCard
        {
            FallbackText = string.Create(CultureInfo.InvariantCulture, $"{policies.Count} security policies"),
            Body =
            {
                TextBlock.Heading("Security policies"),
                new TextBlock("Ask a question with **policy** and your question, or open one with **policy** and its id, e.g. **policy passwords**.")
                {
                    Wrap = true,
                    IsSubtle = true,
                    Spacing = Spacing.None,
                },
            },
        };
        if (policies.Count == 0)
        {
            card.Body.Add(new TextBlock("No policies are loaded. An administrator can check **policy status**.") { Wrap = true });
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

    private static FactSet Facts(Policy policy) => new(
        new Fact("Version", PolicyMarkdown.Escape(policy.Version)),
        new Fact("Owner", PolicyMarkdown.Escape(policy.Owner)),
        new Fact("Effective", policy.Effective.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)),
        new Fact("Next review", policy.Review.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)),
        new Fact("Classification", policy.Classification.ToString()),
        new Fact("Id", PolicyMarkdown.Escape(policy.Id)));
}

using System.Globalization;

namespace SecurityBot.Attestation.Teams;

/// <summary>
/// "What changed" on the offer: per section, the text before and after (the policy folder's text, escaped and
/// bounded, never interpreted), so the owner sees the change before drafting. A long diff stops at a budget that
/// keeps the whole offer inside one Teams message and says how to read the rest.
/// </summary>
internal static class ReattestationDiffCard
{
    /// <summary>Characters of one section's text quoted per side.</summary>
    public const int MaxSectionText = 900;

    /// <summary>Characters of policy text quoted in all (both sides): about half a Teams message once escaped.</summary>
    public const int MaxTotalText = 8_000;

    public static AdaptiveCard Create(PolicySnapshot previous, PolicySnapshot current, IReadOnlyList<SectionChange> changes)
    {
        ArgumentNullException.ThrowIfNull(previous);
        ArgumentNullException.ThrowIfNull(current);
        ArgumentNullException.ThrowIfNull(changes);
        var before = previous.Sections.GroupBy(s => s.Number, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);
        var after = current.Sections.GroupBy(s => s.Number, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);
        var card = new AdaptiveCard();
        var used = 0;
        var shown = 0;
        foreach (var change in changes)
        {
            if (used >= MaxTotalText)
            {
                break;
            }

            card.Body.Add(new TextBlock($"{ReattestationOfferCard.Marker(change.Kind)} **{CardText.Escape(change.Number)} {CardText.Escape(CardText.Truncate(change.Heading, 200))}** — {ReattestationOfferCard.Word(change.Kind)}")
            {
                Wrap = true,
                Spacing = shown == 0 ? Spacing.None : Spacing.Large,
                Separator = shown > 0,
            });
            if (change.Kind != SectionChangeKind.Added && before.TryGetValue(change.Number, out var old))
            {
                used += Side(card, $"Version {previous.Version}", old, ContainerStyle.Attention);
            }

            if (change.Kind != SectionChangeKind.Removed && after.TryGetValue(change.Number, out var now))
            {
                used += Side(card, $"Version {current.Version}", now, ContainerStyle.Good);
            }

            shown++;
        }

        if (shown < changes.Count)
        {
            card.Body.Add(new TextBlock($"{(changes.Count - shown).ToString(CultureInfo.InvariantCulture)} more sections differ: type policy {CardText.Escape(current.Id)} to read the new text.") { Wrap = true, IsSubtle = true, Spacing = Spacing.Medium });
        }

        return card;
    }

    private static int Side(AdaptiveCard card, string label, PolicyDocumentSection section, ContainerStyle style)
    {
        var heading = CardText.Truncate(section.Heading, 200);
        var text = section.Text.Length == 0 ? "(no text)" : CardText.Truncate(section.Text, MaxSectionText);
        card.Body.Add(new Container(
            new TextBlock($"{CardText.Escape(label)}: **{CardText.Escape(heading)}**") { Wrap = true, IsSubtle = true, Size = TextSize.Small },
            TextBlock.FromUserText(text, MaxSectionText))
        {
            Style = style,
            Spacing = Spacing.Small,
        });
        return heading.Length + text.Length;
    }
}

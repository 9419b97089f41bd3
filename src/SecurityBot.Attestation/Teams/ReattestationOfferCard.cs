using System.Globalization;
using System.Text.Json.Nodes;

namespace SecurityBot.Attestation.Teams;

/// <summary>
/// To the last campaign's owner when the policy folder holds a newer version: which policy, old → new version, the
/// sections added, changed and removed (with their headings), "What changed" (the old and new text side by side) and
/// "Draft re-attestation", which opens the campaign form filled in for the same audience.
/// </summary>
internal static class ReattestationOfferCard
{
    /// <summary>Section lines listed on the card itself; the rest are counted.</summary>
    public const int MaxListedSections = 25;

    public static AdaptiveCard Create(AttestationCampaign from, PolicySnapshot current)
    {
        ArgumentNullException.ThrowIfNull(from);
        ArgumentNullException.ThrowIfNull(current);
        var previous = from.Policy;
        var changes = current.ChangesSince(previous);
        var versions = $"{from.PolicyVersion} → {current.Version}";
        var card = new AdaptiveCard { FallbackText = $"{current.Title} has a new version ({versions}): draft a re-attestation?" };
        card.Body.Add(TextBlock.Heading($"📜 New version of {CardText.Escape(current.Title)}: {CardText.Escape(from.PolicyVersion)} → {CardText.Escape(current.Version)}"));
        card.Body.Add(new FactSet(
            new Fact("Policy", $"{CardText.Escape(current.Title)} ({CardText.Escape(current.Id)})"),
            new Fact("Version", CardText.Escape(versions)),
            new Fact("Last campaign", $"{from.Number.ToString(CultureInfo.InvariantCulture)}: {CardText.Escape(CardText.Truncate(from.AudienceLabel, AttestationCampaign.MaxNameLength))}, version {CardText.Escape(from.PolicyVersion)}")));
        card.Body.Add(new TextBlock($"People accepted version {CardText.Escape(from.PolicyVersion)}; their acceptance does not cover the new one. You can ask the same audience to read what changed and accept version {CardText.Escape(current.Version)}.") { Wrap = true });
        AddChangeList(card, changes);
        card.Actions.Add(new ExecuteAction("Draft re-attestation", AttestationVerbs.Reattest, new JsonObject { ["policy"] = current.Id, ["version"] = current.Version })
        {
            Style = ActionStyle.Positive,
            AssociatedInputs = AssociatedInputs.None,
        });
        if (changes.Count > 0)
        {
            card.Actions.Add(new ShowCardAction("What changed", ReattestationDiffCard.Create(previous, current, changes)));
        }

        return card;
    }

    private static void AddChangeList(AdaptiveCard card, IReadOnlyList<SectionChange> changes)
    {
        if (changes.Count == 0)
        {
            card.Body.Add(new TextBlock("No section's text changed: only the version number did.") { Wrap = true, IsSubtle = true });
            return;
        }

        var counts = string.Join(", ", changes.GroupBy(c => c.Kind).OrderBy(g => g.Key).Select(g => $"{g.Count().ToString(CultureInfo.InvariantCulture)} {g.Key.ToString().ToLowerInvariant()}"));
        card.Body.Add(new TextBlock($"**Sections that differ** ({counts})") { Wrap = true, Spacing = Spacing.Medium });
        foreach (var change in changes.Take(MaxListedSections))
        {
            card.Body.Add(new TextBlock($"{Marker(change.Kind)} **{CardText.Escape(change.Number)} {CardText.Escape(CardText.Truncate(change.Heading, 200))}** — {Word(change.Kind)}") { Wrap = true, Spacing = Spacing.Small });
        }

        if (changes.Count > MaxListedSections)
        {
            card.Body.Add(new TextBlock($"and {(changes.Count - MaxListedSections).ToString(CultureInfo.InvariantCulture)} more") { Wrap = true, IsSubtle = true, Spacing = Spacing.Small });
        }
    }

    internal static string Marker(SectionChangeKind kind) => kind switch
    {
        SectionChangeKind.Added => "➕",
        SectionChangeKind.Removed => "➖",
        _ => "✏️",
    };

    internal static string Word(SectionChangeKind kind) => kind.ToString().ToLowerInvariant();
}
